// Status only moves forward: a late or repeated webhook never undoes a
// decision; a later attempt's decision supersedes an earlier one. Pure, so
// every ordering can be tested without a database.
import type { VerificationStatus } from "@/lib/generated/prisma/enums";

const TERMINAL: ReadonlySet<VerificationStatus> = new Set(["approved", "declined", "expired", "abandoned"]);
const DECISION_STATUSES: ReadonlySet<string> = new Set([...TERMINAL, "review", "resubmission_requested"]);
const RANK: Record<VerificationStatus, number> = {
  created: 0,
  started: 1,
  submitted: 2,
  review: 3,
  resubmission_requested: 3,
  approved: 4,
  declined: 4,
  expired: 4,
  abandoned: 4,
};

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
  if (TERMINAL.has(current.status)) return null;
  if (incoming.kind === "event") {
    const target = incoming.action === "started" ? "started" : incoming.action === "submitted" ? "submitted" : null;
    if (!target) return null;
    // After a resubmission request, the new attempt starts over.
    const newAttempt =
      current.status === "resubmission_requested" &&
      incoming.attemptId !== null &&
      incoming.attemptId !== current.decisionAttemptId &&
      !incoming.attemptDecided;
    return newAttempt || RANK[target] > RANK[current.status] ? target : null;
  }
  if (!DECISION_STATUSES.has(incoming.status)) return null;
  const status = incoming.status as VerificationStatus;
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
