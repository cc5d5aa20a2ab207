import "server-only";
import { db } from "@/lib/db";
import { EVENTS_CHANNEL, GIVE_UP_AFTER_MS } from "@/lib/integrator-webhooks/delivery-settings";
import { isUuid } from "@/lib/is-uuid";
import { refusal } from "@/lib/refusal";
import { recordAudit } from "./audit";
import type { StaffMember } from "./current-staff";
import { can } from "./permissions";
import type { ActionResult } from "./session-actions";

/**
 * Sends one event to the integrator again, as soon as a worker is free: a
 * failed one (given up after 3 days), one already delivered (the integrator
 * lost it), or one waiting for its next try (now instead). It is tried for
 * another 3 days, with the same id and body; it waits behind an earlier event
 * of its session that is still pending, as any event does. Audited.
 */
export async function redeliverIntegratorEvent(
  staff: StaffMember,
  eventId: string,
): Promise<ActionResult<{ sessionId: string }>> {
  // Checked here as well as by the action: the rule holds whoever calls.
  if (!can(staff.role, "integrator_events.redeliver")) return refusal("not_allowed", "Your role does not allow this.");
  if (!isUuid(eventId)) return NOT_FOUND;
  const now = new Date();
  return db().$transaction(async (tx) => {
    const event = await tx.integratorEvent.findUnique({
      where: { id: eventId },
      select: { sessionId: true, state: true },
    });
    if (!event) return NOT_FOUND;
    // Not one a worker holds right now: its try is under way.
    const { count } = await tx.integratorEvent.updateMany({
      where: { id: eventId, OR: [{ leaseUntil: null }, { leaseUntil: { lte: now } }] },
      data: {
        state: "pending",
        nextAttemptAt: now,
        giveUpAt: new Date(now.getTime() + GIVE_UP_AFTER_MS),
        failedAt: null,
        leaseUntil: null,
        leaseToken: null,
      },
    });
    if (count === 0) return refusal("in_flight", "A worker is sending this event right now.");
    await recordAudit(
      staff,
      "integrator_event.redelivered",
      { sessionId: event.sessionId, details: { eventId, previousState: event.state } },
      tx,
    );
    await tx.$executeRaw`select pg_notify(${EVENTS_CHANNEL}, '')`;
    return { ok: true as const, sessionId: event.sessionId };
  });
}

const NOT_FOUND = refusal("not_found", "This event no longer exists.");
