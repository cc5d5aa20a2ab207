import "server-only";
import type { Prisma, VerificationStatus } from "@/lib/generated/prisma/client";
import type { IntegratorEventType } from "@/lib/contracts/integrator-webhook";
import { recordIntegratorEvents } from "@/lib/integrator-webhooks/record-integrator-events";
import { nonEmptyText } from "@/lib/text";
import type { ClassifiedWebhook } from "@/lib/veriff/webhook-payloads";
import { lockSessionByVeriffId } from "./lock-session";
import { nextStatus } from "./next-status";
import { personalDataOf } from "./personal-data";

type Transaction = Prisma.TransactionClient;

/**
 * Applies what Veriff said about a session (a verified webhook, or a decision
 * read back from Veriff) inside the caller's transaction. The session row is
 * locked first, so two instances receiving two webhooks of one session apply
 * them one after the other; the status only moves forward (next-status.ts).
 * Returns the session's id, or null when Veriff named no session of ours.
 */
export async function applyVeriffUpdate(tx: Transaction, update: ClassifiedWebhook): Promise<string | null> {
  if (!update.veriffSessionId) return null;
  const session = await lockSessionByVeriffId(tx, update.veriffSessionId);
  if (!session) return null;

  if (update.kind === "event" && "event" in update) {
    const attemptDecided =
      update.attemptId !== null &&
      (await tx.webhookDelivery.count({
        where: { veriffSessionId: update.veriffSessionId, attemptId: update.attemptId, kind: "decision" },
      })) > 0;
    const target = nextStatus(session, {
      kind: "event",
      action: update.event.action,
      attemptId: update.attemptId,
      attemptDecided,
    });
    await tx.sessionEvent.create({
      data: {
        sessionId: session.id,
        type: `veriff.${update.event.action}`,
        actor: "veriff",
        data: { code: update.event.code, attemptId: update.attemptId },
      },
    });
    if (target) {
      await tx.verificationSession.update({
        where: { id: session.id },
        data: { status: target, ...(target === "submitted" ? { submittedAt: new Date() } : {}) },
      });
      const told = eventForMove(session.status, target);
      if (told) await recordIntegratorEvents(tx, [session.id], told);
    }
    return session.id;
  }

  if (update.kind === "decision" && "decision" in update) {
    const decision = update.decision;
    const decisionTime = parseDate(decision.decisionTime);
    const target = nextStatus(session, {
      kind: "decision",
      status: decision.status,
      attemptId: update.attemptId,
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
          attemptId: update.attemptId,
          applied: target !== null,
        },
      },
    });
    if (target) {
      await tx.verificationSession.update({
        where: { id: session.id },
        data: {
          status: target,
          decidedAt: decisionTime ?? new Date(),
          acceptedAt: parseDate(decision.acceptanceTime),
          decisionAttemptId: update.attemptId,
          decisionCode: decision.code ?? null,
          decisionReason: decision.reason ?? null,
          decisionReasonCode: decision.reasonCode ?? null,
          ...personalDataOf(decision),
          ...(nonEmptyText(decision.document?.type) ? { documentType: nonEmptyText(decision.document?.type) } : {}),
          ...(nonEmptyText(decision.document?.country)
            ? { documentCountry: nonEmptyText(decision.document?.country) }
            : {}),
          // A resubmission request opens the next attempt: the user captures (and submits) again.
          ...(target === "resubmission_requested" ? { attemptNumber: { increment: 1 }, submitClaimedAt: null } : {}),
        },
      });
      await recordIntegratorEvents(tx, [session.id], "session.decided");
    }
    return session.id;
  }

  // Other kinds (watchlist, registries, user-defined statuses, future ones):
  // stored and shown to staff; nothing about the session's status changes.
  await tx.sessionEvent.create({
    data: {
      sessionId: session.id,
      type: `veriff.${update.kind}`,
      actor: "veriff",
      data: { attemptId: update.attemptId },
    },
  });
  return session.id;
}

/**
 * What a move Veriff's event caused tells the integrator. "started" from
 * "created" tells nothing: session.started is the end-user's consent, told
 * when it was given. Each move happens once (the row is locked and the status
 * only moves forward), so each event is told once, by whichever of our own
 * step or Veriff's event made the move.
 */
function eventForMove(from: VerificationStatus, to: VerificationStatus): IntegratorEventType | null {
  if (to === "submitted") return "session.submitted";
  if (to === "started" && from === "resubmission_requested") return "session.resubmission_started";
  return null;
}

function parseDate(value: string | null | undefined): Date | null {
  const date = value ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}
