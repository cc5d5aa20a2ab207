import "server-only";
import type { Prisma, VerificationStatus } from "@/lib/generated/prisma/client";
import { nextStatus } from "@/lib/sessions/next-status";
import type { ClassifiedWebhook } from "@/lib/veriff/webhook-payloads";

type Transaction = Prisma.TransactionClient;

/**
 * Applies a stored, verified webhook to its session, inside the caller's
 * transaction. The session row is locked first, so two instances receiving
 * two webhooks of one session apply them one after the other.
 * Returns the session's id, or null when the webhook names no session of ours.
 */
export async function applyWebhook(tx: Transaction, webhook: ClassifiedWebhook): Promise<string | null> {
  if (!webhook.veriffSessionId) return null;
  const [session] = await tx.$queryRaw<
    { id: string; status: VerificationStatus; decision_attempt_id: string | null; decided_at: Date | null }[]
  >`
    select id, status, decision_attempt_id, decided_at from verification_sessions
    where veriff_session_id = ${webhook.veriffSessionId} for update`;
  if (!session) return null;
  const current = {
    status: session.status,
    decisionAttemptId: session.decision_attempt_id,
    decidedAt: session.decided_at,
  };

  if (webhook.kind === "event" && "event" in webhook) {
    const attemptDecided =
      webhook.attemptId !== null &&
      (await tx.webhookDelivery.count({
        where: { veriffSessionId: webhook.veriffSessionId, attemptId: webhook.attemptId, kind: "decision" },
      })) > 0;
    const target = nextStatus(current, {
      kind: "event",
      action: webhook.event.action,
      attemptId: webhook.attemptId,
      attemptDecided,
    });
    await tx.sessionEvent.create({
      data: {
        sessionId: session.id,
        type: `veriff.${webhook.event.action}`,
        actor: "veriff",
        data: { code: webhook.event.code, attemptId: webhook.attemptId },
      },
    });
    if (target) {
      await tx.verificationSession.update({
        where: { id: session.id },
        data: { status: target, ...(target === "submitted" ? { submittedAt: new Date() } : {}) },
      });
    }
    return session.id;
  }

  if (webhook.kind === "decision" && "decision" in webhook) {
    const decision = webhook.decision;
    const decisionTime = parseDate(decision.decisionTime);
    const target = nextStatus(current, {
      kind: "decision",
      status: decision.status,
      attemptId: webhook.attemptId,
      decisionTime,
    });
    await tx.sessionEvent.create({
      data: {
        sessionId: session.id,
        type: "veriff.decision",
        actor: "veriff",
        data: {
          status: decision.status,
          code: decision.code ?? null,
          reasonCode: decision.reasonCode ?? null,
          attemptId: webhook.attemptId,
          applied: target !== null,
        },
      },
    });
    if (target) {
      const { person, document, ...rest } = decision;
      const text = (value: unknown) => (typeof value === "string" && value ? value : null);
      await tx.verificationSession.update({
        where: { id: session.id },
        data: {
          status: target,
          decidedAt: decisionTime ?? new Date(),
          acceptedAt: parseDate(decision.acceptanceTime),
          decisionAttemptId: webhook.attemptId,
          decisionCode: decision.code ?? null,
          decisionReason: decision.reason ?? null,
          decisionReasonCode: decision.reasonCode ?? null,
          personFirstName: text(person?.firstName),
          personLastName: text(person?.lastName),
          personDateOfBirth: text(person?.dateOfBirth),
          personIdNumber: text(person?.idNumber),
          documentNumber: text(document?.number),
          documentValidUntil: text(document?.validUntil),
          ...(text(document?.type) ? { documentType: text(document?.type) } : {}),
          ...(text(document?.country) ? { documentCountry: text(document?.country) } : {}),
          decisionData: rest as Prisma.InputJsonValue,
          // A resubmission request opens the next attempt: the user captures (and submits) again.
          ...(target === "resubmission_requested" ? { attemptNumber: { increment: 1 }, submitClaimedAt: null } : {}),
        },
      });
    }
    return session.id;
  }

  // Other kinds (watchlist, registries, user-defined statuses, future ones):
  // stored and shown to staff; nothing about the session's status changes.
  await tx.sessionEvent.create({
    data: {
      sessionId: session.id,
      type: `veriff.${webhook.kind}`,
      actor: "veriff",
      data: { attemptId: webhook.attemptId },
    },
  });
  return session.id;
}

function parseDate(value: string | null | undefined): Date | null {
  const date = value ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}
