import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface ClaimedEvent {
  id: string;
  sessionId: string;
  sequence: number;
  type: string;
  occurredAt: Date;
  body: Prisma.JsonValue;
  person: Prisma.JsonValue | null;
  /** Tries before this one. */
  attempts: number;
  giveUpAt: Date;
  leaseToken: string;
}

/**
 * Claims up to `limit` events that are due, for `leaseMs`. Only the first
 * pending event of each session can be claimed (one waits while an earlier
 * one of its session is pending, in flight or waiting for its next try), so a
 * session's events go out in sequence order and never two at once. Rows are
 * claimed with FOR UPDATE SKIP LOCKED and stamped with a lease, so any number
 * of workers never hold one event at the same time; a worker that dies
 * mid-delivery lets go of it when its lease runs out. A failed event (given up
 * on) no longer holds its session's later events back: see docs/integrator-webhooks.md.
 */
export async function claimDueEvents(now: Date, limit: number, leaseMs: number): Promise<ClaimedEvent[]> {
  const token = randomUUID();
  return db().$queryRaw<ClaimedEvent[]>`
    update integrator_events set lease_until = ${new Date(now.getTime() + leaseMs)}, lease_token = ${token}::uuid
    where id in (
      select e.id from integrator_events e
      where e.state = 'pending' and e.next_attempt_at <= ${now}
        and (e.lease_until is null or e.lease_until <= ${now})
        and not exists (
          select 1 from integrator_events earlier
          where earlier.session_id = e.session_id and earlier.sequence < e.sequence and earlier.state = 'pending')
      order by e.next_attempt_at, e.id
      limit ${limit}
      for update of e skip locked)
    returning id, session_id as "sessionId", sequence, type, occurred_at as "occurredAt", body, person, attempts,
      give_up_at as "giveUpAt", lease_token::text as "leaseToken"`;
}

/**
 * When the next event may be claimed (its next try, or the end of the lease
 * of the one in flight), among the first pending event of each session; null
 * when none is pending.
 */
export async function nextDueAt(): Promise<Date | null> {
  const [row] = await db().$queryRaw<{ due: Date | null }[]>`
    select min(greatest(e.next_attempt_at, coalesce(e.lease_until, e.next_attempt_at))) as due
    from integrator_events e
    where e.state = 'pending'
      and not exists (
        select 1 from integrator_events earlier
        where earlier.session_id = e.session_id and earlier.sequence < e.sequence and earlier.state = 'pending')`;
  return row?.due ?? null;
}
