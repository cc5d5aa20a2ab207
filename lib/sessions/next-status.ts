// Status only moves forward: a late or repeated webhook never undoes a
// decision; a later attempt's decision supersedes an earlier one. Pure, so
// every ordering can be tested without a database.
import type { VerificationStatus } from "@/lib/generated/prisma/enums";
import { isDecided, isFinal, STATUS_RANK } from "./lifecycle";

export interface SessionState {
  status: VerificationStatus;
  decisionAttemptId: string | null;
  decidedAt: Date | null;
}

export type Incoming =
  /** `attemptDecided`: a decision for this event's attempt is already stored (a late event of an old attempt). */
  | { kind: "event"; action: string; attemptId: string | null; attemptDecided: boolean }
  | { kind: "decision"; status: string; attemptId: string | null; decisionTime: Date | null };

/** The status the session moves to, or null when this webhook must not move it. */
export function nextStatus(current: SessionState, incoming: Incoming): VerificationStatus | null {
  if (isFinal(current.status)) return null;
  if (incoming.kind === "event") {
    const target = incoming.action === "started" ? "started" : incoming.action === "submitted" ? "submitted" : null;
    if (!target) return null;
    // After a resubmission request, the new attempt starts over.
    const newAttempt =
      current.status === "resubmission_requested" &&
      incoming.attemptId !== null &&
      incoming.attemptId !== current.decisionAttemptId &&
      !incoming.attemptDecided;
    return newAttempt || STATUS_RANK[target] > STATUS_RANK[current.status] ? target : null;
  }
  if (!isDecided(incoming.status)) return null;
  const status: VerificationStatus = incoming.status;
  const older = current.decidedAt && incoming.decisionTime && incoming.decisionTime < current.decidedAt;
  // The decision already applied (a repeat, or a late copy after the next attempt started) is not news.
  const alreadyApplied =
    incoming.attemptId === current.decisionAttemptId &&
    (status === current.status ||
      !incoming.decisionTime ||
      !current.decidedAt ||
      incoming.decisionTime <= current.decidedAt);
  return older || alreadyApplied ? null : status;
}
