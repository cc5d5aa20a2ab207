// Submitting is the one write that must happen exactly once: a second submit
// of a new attempt would send Veriff an empty attempt. When the answer to a
// submit is lost (timeout, dropped connection, 5xx), the session is read back
// before anything is sent again.
import { VeriffError } from "./errors";
import type { AttemptsResponse, SessionResponse } from "./schemas";

/** Attempt statuses that mean the attempt has not been submitted yet. */
const NOT_SUBMITTED = new Set(["created", "started"]);
const MAX_SUBMITS = 3;

export interface SubmitOutcome {
  /** "answered": Veriff confirmed this submit. "confirmed": an answer was lost, and reading the session showed it took effect. */
  via: "answered" | "confirmed";
  attemptId: string | undefined;
  session?: SessionResponse["verification"];
}

export async function submitOnce(
  sessionId: string,
  calls: { patch: () => Promise<SessionResponse>; attempts: () => Promise<AttemptsResponse> },
): Promise<SubmitOutcome> {
  // Which attempt this submit is for: after a lost answer, only its status tells whether the submit landed.
  const attemptId = (await calls.attempts()).verifications.at(-1)?.id;
  let lastError: unknown;
  for (let submit = 1; submit <= MAX_SUBMITS; submit++) {
    try {
      const answer = await calls.patch();
      return { via: "answered", attemptId, session: answer.verification };
    } catch (error) {
      lastError = error;
      // 409 after an earlier lost answer: our first submit did land.
      const conflictAfterLoss = error instanceof VeriffError && error.status === 409 && submit > 1;
      if (!(error instanceof VeriffError) || (!error.outcomeUnknown && !conflictAfterLoss)) throw error;
      const current = (await calls.attempts()).verifications.find((attempt) => attempt.id === attemptId);
      if (current && !NOT_SUBMITTED.has(current.status)) return { via: "confirmed", attemptId };
    }
  }
  throw lastError;
}
