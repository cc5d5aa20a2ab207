import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { OPEN_FOR_CAPTURE, SESSION_LIFETIME_MS } from "@/lib/sessions/lifecycle";

/**
 * Marks sessions still waiting for the end-user 7 days after creation as
 * expired, with a timeline entry. One statement: rows another worker already
 * moved are no longer in an open status, so nothing is expired twice.
 * Returns how many sessions it expired.
 */
export async function expireSessions(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - SESSION_LIFETIME_MS);
  const expired = await db().$queryRaw<{ id: string }[]>`
    with expired as (
      update verification_sessions set status = 'expired', updated_at = ${now}
      where status in (${Prisma.join(OPEN_FOR_CAPTURE)}) and created_at < ${cutoff}
      returning id)
    insert into session_events (id, session_id, type, actor, data, occurred_at)
    select gen_random_uuid(), id, 'session.expired', 'system', null, ${now} from expired
    returning session_id as id`;
  return expired.length;
}
