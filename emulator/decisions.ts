// How the emulator decides: deterministic rules, overridable on command.
import type { Attempt, Decision, Session } from "./store";

type Outcome = Pick<Decision, "status" | "code" | "reason" | "reasonCode">;

export const OUTCOMES = {
  approved: { status: "approved", code: 9001, reason: null, reasonCode: null },
  declined: { status: "declined", code: 9102, reason: "Suspected document tampering", reasonCode: 102 },
  resubmission_requested: {
    status: "resubmission_requested",
    code: 9103,
    reason: "Poor image quality",
    reasonCode: 204,
  },
  review: { status: "review", code: 9121, reason: null, reasonCode: null },
  expired: { status: "expired", code: 9104, reason: null, reasonCode: null },
  abandoned: { status: "abandoned", code: 9104, reason: null, reasonCode: null },
} as const satisfies Record<string, Outcome>;

export type OutcomeName = keyof typeof OUTCOMES;

/** After 9 resubmissions the next attempt is declined (Veriff's rule). */
export const MAX_ATTEMPTS = 10;
const TOO_MANY_ATTEMPTS: Outcome = {
  status: "declined",
  code: 9102,
  reason: "Too many resubmissions",
  reasonCode: 539,
};

// The first name steers the outcome, as Veriff's older test integrations did.
const MAGIC_FIRST_NAMES: Record<string, OutcomeName> = {
  approve: "approved",
  decline: "declined",
  resubmit: "resubmission_requested",
  review: "review",
  expire: "expired",
};

export function automaticOutcome(session: Session): Outcome {
  const name = String(session.person.firstName ?? "")
    .trim()
    .toLowerCase();
  return OUTCOMES[MAGIC_FIRST_NAMES[name] ?? "approved"];
}

/** A resubmission request on the last allowed attempt becomes the final decline. */
export function capAttempts(outcome: Outcome, session: Session): Outcome {
  return outcome.status === "resubmission_requested" && session.attempts.length >= MAX_ATTEMPTS
    ? TOO_MANY_ATTEMPTS
    : outcome;
}

/** The verification object of GET /decision and the decision webhook. */
export function decisionObject(session: Session, attempt: Attempt, decision: Decision) {
  return {
    id: session.id,
    attemptId: attempt.id,
    vendorData: session.vendorData,
    endUserId: session.endUserId,
    status: decision.status,
    code: decision.code,
    reason: decision.reason,
    reasonCode: decision.reasonCode,
    decisionTime: decision.decisionTime.toISOString(),
    acceptanceTime: decision.acceptanceTime.toISOString(),
    person: {
      firstName: decision.person.firstName ?? null,
      lastName: decision.person.lastName ?? null,
      idNumber: decision.person.idNumber ?? null,
      dateOfBirth: decision.person.dateOfBirth ?? null,
      gender: decision.person.gender ?? null,
      nationality: decision.person.nationality ?? null,
      ...decision.person,
    },
    document: {
      number: decision.document.number ?? null,
      type: decision.document.type ?? null,
      country: decision.document.country ?? null,
      validFrom: decision.document.validFrom ?? null,
      validUntil: decision.document.validUntil ?? null,
      ...decision.document,
    },
    additionalVerifiedData: {},
    riskLabels: [],
    comments: [],
  };
}
