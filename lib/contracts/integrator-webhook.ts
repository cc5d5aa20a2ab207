// The webhooks this app sends to the integrator (INTEGRATOR_WEBHOOK_URL), one
// event per POST, signed in the `Veriff-Capture-Signature` header
// (lib/integrator-webhooks/verify-integrator-webhook.ts).
import { z } from "zod";
import { SESSION_STATUSES } from "@/lib/sessions/lifecycle";

export const INTEGRATOR_EVENT_TYPES = [
  /** The session exists; its capture link can be handed out. */
  "session.created",
  /** The end-user agreed to the processing (on the start page or the capture link's first screen). */
  "session.started",
  /** The attempt's photos were sent to Veriff for checking. */
  "session.submitted",
  /** Veriff decided (approved, declined, resubmission_requested, review, abandoned, expired), or the session expired. */
  "session.decided",
  /** After a resubmission request, the end-user began the next attempt: Veriff took its first photo. */
  "session.resubmission_started",
] as const;
export type IntegratorEventType = (typeof INTEGRATOR_EVENT_TYPES)[number];

/** The verified person, from the decision: sent only with INTEGRATOR_WEBHOOK_INCLUDE_PERSON. */
export const integratorEventPerson = z.object({
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  idNumber: z.string().nullable(),
  documentNumber: z.string().nullable(),
  documentValidUntil: z.string().nullable(),
});
export type IntegratorEventPerson = z.infer<typeof integratorEventPerson>;

export const integratorEventDecision = z.object({
  /** Veriff's decision code (9001 approved, 9102 declined, ...); null for an expiry of ours. */
  code: z.number().int().nullable(),
  reasonCode: z.number().int().nullable(),
  /** The reason in plain words (lib/veriff/reason-codes.ts), else Veriff's own text. */
  reason: z.string().nullable(),
});

/** One event, exactly as the integrator's endpoint receives it. */
export const integratorEvent = z.object({
  /** The same on every try of this event: deduplicate on it. */
  id: z.uuid(),
  type: z.enum(INTEGRATOR_EVENT_TYPES),
  /** 1, 2, 3, ... within the session, in the order things happened; events are sent in this order. */
  sequence: z.number().int().positive(),
  occurredAt: z.iso.datetime(),
  /** Our session id (POST /api/sessions answered it). */
  sessionId: z.uuid(),
  veriffSessionId: z.string().nullable(),
  vendorData: z.string().nullable(),
  endUserId: z.string().nullable(),
  /** The session's status once this happened. */
  status: z.enum(SESSION_STATUSES),
  /** Which attempt the end-user is on: a resubmission request opens the next. */
  attemptNumber: z.number().int().positive(),
  /** On session.decided; null on the other events. */
  decision: integratorEventDecision.nullable(),
  /**
   * On session.decided with INTEGRATOR_WEBHOOK_INCLUDE_PERSON only (absent otherwise);
   * null when the decision named no one, or retention removed it before delivery.
   */
  person: integratorEventPerson.nullable().optional(),
});
export type IntegratorEvent = z.infer<typeof integratorEvent>;

/**
 * What the outbox row's `body` column holds: the session as the event found
 * it. The event's id, type, sequence and time are the row's own columns, and
 * the person is kept apart (retention blanks it).
 */
export const storedIntegratorEvent = integratorEvent.omit({
  id: true,
  type: true,
  sequence: true,
  occurredAt: true,
  person: true,
});
export type StoredIntegratorEvent = z.infer<typeof storedIntegratorEvent>;
