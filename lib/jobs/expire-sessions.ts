import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordIntegratorEvents } from "@/lib/integrator-webhooks/record-integrator-events";
import { OPEN_FOR_CAPTURE, SESSION_LIFETIME_MS } from "@/lib/sessions/lifecycle";

/** Sessions expired per transaction: each holds their rows locked until it commits. */
const BATCH = 100;

/**
 * Marks sessions still waiting for the end-user 7 days after creation as
 * expired, with a timeline entry and the integrator's session.decided, all in
 * one transaction per batch. The statement that expires them claims its rows
 * (FOR UPDATE SKIP LOCKED, then the open status checked again on the locked
 * row), so two workers never expire one session twice, and a row busy with a
 * request is simply taken in the next batch or round. Returns how many
 * sessions it expired.
 */
export async function expireSessions(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - SESSION_LIFETIME_MS);
  let total = 0;
  for (;;) {
    const expired = await db().$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`
        with expired as (
          update verification_sessions set status = 'expired', updated_at = ${now}
          where id in (
            select id from verification_sessions
            where status in (${Prisma.join(OPEN_FOR_CAPTURE)}) and created_at < ${cutoff}
            order by created_at
            limit ${BATCH}
            for update skip locked)
          and status in (${Prisma.join(OPEN_FOR_CAPTURE)})
          returning id)
        insert into session_events (id, session_id, type, actor, data, occurred_at)
        select gen_random_uuid(), id, 'session.expired', 'system', null, ${now} from expired
        returning session_id as id`;
      // Expired by our clock, not decided by Veriff: a decision code the row holds is an earlier attempt's.
      await recordIntegratorEvents(
        tx,
        rows.map((row) => row.id),
        "session.decided",
        { now, veriffDecided: false },
      );
      return rows.length;
    });
    total += expired;
    if (expired < BATCH) return total;
  }
}
