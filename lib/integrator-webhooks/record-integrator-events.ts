import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { VerificationStatus } from "@/lib/generated/prisma/enums";
import { serverEnv } from "@/lib/env";
import type {
  IntegratorEventPerson,
  IntegratorEventType,
  StoredIntegratorEvent,
} from "@/lib/contracts/integrator-webhook";
import { reasonInPlainWords } from "@/lib/veriff/reason-codes";
import { EVENTS_CHANNEL, GIVE_UP_AFTER_MS } from "./delivery-settings";

type Transaction = Prisma.TransactionClient;

interface SessionSnapshot {
  id: string;
  sequence: number;
  veriffSessionId: string | null;
  vendorData: string | null;
  endUserId: string | null;
  status: VerificationStatus;
  attemptNumber: number;
  decisionCode: number | null;
  decisionReason: string | null;
  decisionReasonCode: number | null;
  firstName: string | null;
  lastName: string | null;
  dateOfBirth: string | null;
  idNumber: string | null;
  documentNumber: string | null;
  documentValidUntil: string | null;
}

/**
 * Writes one event for the integrator per session into the outbox, inside the
 * caller's transaction and after the change it reports: the event commits with
 * the change or not at all. Each session's counter is incremented in the same
 * statement that reads the session, which locks its row until the caller
 * commits, so a session's sequence numbers follow the order its changes
 * commit in. The body is a snapshot of the session as this change left it
 * (a later delivery does not rewrite history). A notification wakes the
 * delivering workers once the transaction commits. Nothing is written while
 * INTEGRATOR_WEBHOOK_URL is unset.
 */
export async function recordIntegratorEvents(
  tx: Transaction,
  sessionIds: readonly string[],
  type: IntegratorEventType,
  {
    now = new Date(),
    veriffDecided = true,
  }: {
    now?: Date;
    /** false: the session expired by our own clock, and a code it holds is an earlier attempt's. */
    veriffDecided?: boolean;
  } = {},
): Promise<void> {
  const env = serverEnv();
  if (!env.INTEGRATOR_WEBHOOK_URL || sessionIds.length === 0) return;
  const sessions = await tx.$queryRaw<SessionSnapshot[]>`
    update verification_sessions set integrator_event_sequence = integrator_event_sequence + 1
    where id in (${Prisma.join(sessionIds.map((id) => Prisma.sql`${id}::uuid`))})
    returning id, integrator_event_sequence as sequence, veriff_session_id as "veriffSessionId",
      vendor_data as "vendorData", end_user_id::text as "endUserId", status, attempt_number as "attemptNumber",
      decision_code as "decisionCode", decision_reason as "decisionReason",
      decision_reason_code as "decisionReasonCode", person_first_name as "firstName",
      person_last_name as "lastName", person_date_of_birth as "dateOfBirth", person_id_number as "idNumber",
      document_number as "documentNumber", document_valid_until as "documentValidUntil"`;
  const withPerson = type === "session.decided" && env.INTEGRATOR_WEBHOOK_INCLUDE_PERSON;
  await tx.integratorEvent.createMany({
    data: sessions.map((session) => ({
      sessionId: session.id,
      sequence: session.sequence,
      type,
      occurredAt: now,
      body: bodyOf(session, type, veriffDecided),
      person: withPerson ? (personOf(session) ?? Prisma.DbNull) : Prisma.DbNull,
      nextAttemptAt: now,
      giveUpAt: new Date(now.getTime() + GIVE_UP_AFTER_MS),
    })),
  });
  // Delivered by PostgreSQL when the transaction commits, never before (or at all, if it rolls back).
  await tx.$executeRaw`select pg_notify(${EVENTS_CHANNEL}, '')`;
}

function bodyOf(session: SessionSnapshot, type: IntegratorEventType, veriffDecided: boolean): StoredIntegratorEvent {
  const codes = veriffDecided ? session : { decisionCode: null, decisionReasonCode: null, decisionReason: null };
  return {
    sessionId: session.id,
    veriffSessionId: session.veriffSessionId,
    vendorData: session.vendorData,
    endUserId: session.endUserId,
    status: session.status,
    attemptNumber: session.attemptNumber,
    decision:
      type === "session.decided"
        ? {
            code: codes.decisionCode,
            reasonCode: codes.decisionReasonCode,
            reason: reasonInPlainWords(codes.decisionReasonCode) ?? codes.decisionReason,
          }
        : null,
  };
}

function personOf(session: SessionSnapshot): IntegratorEventPerson | null {
  const { firstName, lastName, dateOfBirth, idNumber, documentNumber, documentValidUntil } = session;
  const person = { firstName, lastName, dateOfBirth, idNumber, documentNumber, documentValidUntil };
  return Object.values(person).some((value) => value !== null) ? person : null;
}
