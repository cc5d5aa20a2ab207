// Submitting is the one write that must happen exactly once: a second submit
// of a new attempt would send Veriff an empty attempt. Before sending, and
// whenever an answer is lost (timeout, dropped connection, 5xx) or Veriff says
// 409, the session's attempts are read to learn whether the submit landed.
import { VeriffError } from "./errors";
import type { AttemptsResponse } from "./schemas";

/** Attempt statuses that mean the attempt has not been submitted yet. */
const NOT_SUBMITTED = new Set(["created", "started"]);
const MAX_SUBMITS = 3;

export interface SubmitOutcome {
  /**
   * "answered": Veriff acknowledged this submit. "confirmed": the answer was
   * lost or refused as a conflict, and the attempt reads as submitted.
   */
  via: "answered" | "confirmed";
  attemptId: string | undefined;
}

export async function submitOnce(calls: {
  patch: () => Promise<unknown>;
  attempts: () => Promise<AttemptsResponse>;
}): Promise<SubmitOutcome> {
  const before = (await calls.attempts()).verifications;
  // The attempt being submitted is the one still open; the list's order is not promised.
  const open = before.find((attempt) => NOT_SUBMITTED.has(attempt.status));
  if (before.length && !open) {
    // Nothing is open: an earlier submit (whose answer we lost) already landed.
    const latest = [...before].sort((a, b) =>
      String(b.createdTime ?? "").localeCompare(String(a.createdTime ?? "")),
    )[0];
    return { via: "confirmed", attemptId: latest?.id };
  }
  let lastError: unknown;
  for (let submit = 1; submit <= MAX_SUBMITS; submit++) {
    try {
      await calls.patch();
      return { via: "answered", attemptId: open?.id };
    } catch (error) {
      lastError = error;
      if (!(error instanceof VeriffError)) throw error;
      // A verified 2xx whose body we could not parse still means "done".
      if (error.kind === "invalid_response" && (error.status ?? 0) < 300)
        return { via: "answered", attemptId: open?.id };
      if (!error.outcomeUnknown && error.status !== 409) throw error;
      // Veriff may list no attempt before the first upload: then any attempt past "started" is ours.
      const now = (await calls.attempts()).verifications;
      const current = open
        ? now.find((attempt) => attempt.id === open.id)
        : now.find((attempt) => !NOT_SUBMITTED.has(attempt.status));
      if (current && !NOT_SUBMITTED.has(current.status)) return { via: "confirmed", attemptId: current.id };
      if (error.status === 409) throw error;
    }
  }
  throw lastError;
}
