// A verification session's lifecycle in one place: its statuses in order,
// which of them still take photos, which are decisions and which are final,
// and how long a session lives. Plain data, so the capture page, the server,
// raw SQL and the staff console all read the same lists.
import type { VerificationStatus } from "@/lib/generated/prisma/enums";
import { VERIFF_SESSION_LIFETIME_MS } from "@/lib/veriff/session-lifetime";

/**
 * Every status by how far along it is. A session only ever moves to a higher
 * rank (lib/sessions/next-status.ts), except that a resubmission request
 * opens a new attempt, which starts over.
 */
export const STATUS_RANK = {
  created: 0,
  started: 1,
  submitted: 2,
  review: 3,
  resubmission_requested: 3,
  approved: 4,
  declined: 4,
  expired: 4,
  abandoned: 4,
} as const satisfies Record<VerificationStatus, number>;

export const SESSION_STATUSES = Object.keys(STATUS_RANK) as [VerificationStatus, ...VerificationStatus[]];

/** The end-user may still add frames and submit. */
export const OPEN_FOR_CAPTURE = [
  "created",
  "started",
  "resubmission_requested",
] as const satisfies readonly VerificationStatus[];

/** Nothing moves the session any more. */
export const FINAL_STATUSES = [
  "approved",
  "declined",
  "expired",
  "abandoned",
] as const satisfies readonly VerificationStatus[];

/** Veriff has said something about the attempt: its decision, final or not. */
export const DECIDED_STATUSES = [
  ...FINAL_STATUSES,
  "review",
  "resubmission_requested",
] as const satisfies readonly VerificationStatus[];

export const isOpenForCapture = (status: string): status is (typeof OPEN_FOR_CAPTURE)[number] =>
  (OPEN_FOR_CAPTURE as readonly string[]).includes(status);

export const isFinal = (status: string): status is (typeof FINAL_STATUSES)[number] =>
  (FINAL_STATUSES as readonly string[]).includes(status);

export const isDecided = (status: string): status is (typeof DECIDED_STATUSES)[number] =>
  (DECIDED_STATUSES as readonly string[]).includes(status);

/** Our session, and its capture link, end with Veriff's. */
export const SESSION_LIFETIME_MS = VERIFF_SESSION_LIFETIME_MS;
