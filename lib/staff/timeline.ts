// A session's story for staff: our own steps, Veriff's events and decisions,
// and staff actions, as one list in time order with plain-language titles.
import { OUTCOME_UNKNOWN } from "@/lib/capture/upload-outcome";
import { reasonInPlainWords } from "@/lib/veriff/reason-codes";

export type TimelineActor = "end_user" | "integrator" | "system" | "veriff" | "staff";
export type TimelineTone = "neutral" | "good" | "bad" | "warn";

export interface TimelineEntry {
  id: string;
  at: Date;
  actor: TimelineActor;
  title: string;
  detail?: string;
  tone: TimelineTone;
}

export interface StoredEvent {
  id: string;
  type: string;
  actor: string;
  data: unknown;
  occurredAt: Date;
}

export interface StoredFailedUpload {
  id: string;
  context: string;
  attemptNumber: number;
  errorCode: string | null;
  createdAt: Date;
}

/** VeriffError kinds recorded when no answer from Veriff was trusted (lib/veriff/errors.ts), an upload whose request died (claim-frame.ts) and one that failed on our side (send-frame.ts). */
const NOT_SENT = new Set(["network", "timeout", "signature", "invalid_response", "abandoned", "internal"]);

/** What an upload's failure says of it in the timeline, by who it is put down to. */
function failedUploadTitle(errorCode: string | null): { actor: TimelineActor; title: string; showCode: boolean } {
  if (errorCode === OUTCOME_UNKNOWN) {
    return { actor: "system", title: "Photo's answer lost (looked for at Veriff on its retry)", showCode: false };
  }
  if (errorCode !== null && NOT_SENT.has(errorCode)) {
    return { actor: "system", title: "Photo not sent to Veriff", showCode: false };
  }
  return { actor: "veriff", title: "Photo refused by Veriff", showCode: true };
}

const ACTORS: readonly TimelineActor[] = ["end_user", "integrator", "system", "veriff", "staff"];

const DECISION_TONE: Record<string, TimelineTone> = {
  approved: "good",
  declined: "bad",
  resubmission_requested: "warn",
  review: "warn",
  expired: "bad",
  abandoned: "bad",
};

export function buildTimeline(events: StoredEvent[], failedUploads: StoredFailedUpload[] = []): TimelineEntry[] {
  const entries: TimelineEntry[] = events.map((event) => ({
    id: event.id,
    at: event.occurredAt,
    actor: ACTORS.includes(event.actor as TimelineActor) ? (event.actor as TimelineActor) : "system",
    ...describe(event.type, record(event.data)),
  }));
  for (const upload of failedUploads) {
    // Veriff refused it (an HTTP error), it never got there (our side, the network), or nobody knows yet.
    const { actor, title, showCode } = failedUploadTitle(upload.errorCode);
    entries.push({
      id: upload.id,
      at: upload.createdAt,
      actor,
      title: `${title}: ${upload.context}`,
      detail: `Attempt ${upload.attemptNumber}${upload.errorCode ? `, ${showCode ? "code " : ""}${upload.errorCode}` : ""}`,
      tone: "bad",
    });
  }
  // Same instant: keep a stable order (ids are time-ordered UUIDv7s).
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id));
}

const ADDRESS_CHECK: Record<string, string | undefined> = {
  with_identity: "with proof of address",
  only: "proof of address only",
};
const CONSENT_PAGE: Record<string, string | undefined> = {
  start: "On the start page",
  capture: "On the capture link's first screen",
};

function describe(type: string, data: Record<string, unknown>): Pick<TimelineEntry, "title" | "detail" | "tone"> {
  const attempt = typeof data.attemptNumber === "number" ? `Attempt ${data.attemptNumber}` : undefined;
  switch (type) {
    case "session.created":
      return {
        title: "Session created",
        detail:
          [text(data.documentType), ADDRESS_CHECK[text(data.proofOfAddress) ?? "none"]].filter(Boolean).join(" · ") ||
          undefined,
        tone: "neutral",
      };
    case "consent.given": {
      const where = [CONSENT_PAGE[text(data.page) ?? ""], text(data.locale) && `in ${text(data.locale)}`]
        .filter(Boolean)
        .join(", ");
      const words = text(data.wording);
      return {
        title: "Agreed to the processing",
        // The words in their own direction (U+2068 first-strong isolate … U+2069): Arabic reads right to left
        // inside the console's English line, and its quotes stay where they belong.
        detail: [where, words && `“\u2068${words}\u2069”`].filter(Boolean).join(": ") || undefined,
        tone: "neutral",
      };
    }
    case "frame.acknowledged":
      return { title: `Photo accepted: ${text(data.context) ?? "unknown context"}`, detail: attempt, tone: "neutral" };
    case "nfc.acknowledged":
      return { title: "Passport chip data accepted", tone: "neutral" };
    case "session.submitted":
      return { title: "Submitted for checking", detail: attempt, tone: "neutral" };
    case "session.reconciled":
      return {
        title: "Decision read back from Veriff",
        detail: data.decided ? "A decision was found" : "No decision yet",
        tone: "neutral",
      };
    case "staff.refreshed":
      return { title: "Refreshed from Veriff", detail: text(data.by), tone: "neutral" };
    case "staff.new_capture_link":
      return { title: "New capture link issued", detail: text(data.by), tone: "neutral" };
    case "veriff.started":
      return { title: "Veriff: the end-user started", tone: "neutral" };
    case "veriff.submitted":
      return { title: "Veriff: the end-user submitted", tone: "neutral" };
    case "veriff.decision": {
      const status = text(data.status) ?? "unknown";
      const reason = reasonInPlainWords(typeof data.reasonCode === "number" ? data.reasonCode : null);
      const superseded = data.applied === false ? " (not applied: an earlier attempt or a later state)" : "";
      return {
        title: `Veriff decision: ${status.replaceAll("_", " ")}${superseded}`,
        detail:
          [typeof data.code === "number" ? `Code ${data.code}` : null, reason].filter(Boolean).join(" · ") || undefined,
        tone: DECISION_TONE[status] ?? "neutral",
      };
    }
    default:
      if (type.startsWith("veriff."))
        return { title: `Veriff: ${type.slice("veriff.".length).replaceAll("_", " ")}`, tone: "neutral" };
      return { title: type, tone: "neutral" };
  }
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value ? value : undefined;
}
