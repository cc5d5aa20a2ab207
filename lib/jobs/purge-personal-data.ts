import "server-only";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { FINAL_STATUSES } from "@/lib/sessions/lifecycle";
import { INTEGRATOR_EVENT_PERSONAL_COLUMNS, PERSONAL_DATA_COLUMNS } from "@/lib/sessions/personal-data";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Sessions purged per transaction. */
const BATCH = 500;
/** What a purged webhook body is replaced with. */
export const PURGED_BODY = new Uint8Array(Buffer.from("[purged]"));

/**
 * Retention: RETENTION_DAYS after a final decision (or expiry), a session's
 * personal data goes: every column lib/sessions/personal-data.ts lists, the
 * capture link's token hash, the raw bodies of its webhooks, and the person
 * in the events for the integrator (lib/integrator-webhooks). Ids,
 * statuses, codes and the timeline stay for the audit trail. Webhooks
 * matching no session (another integration's, or a deleted session's late
 * retries) lose their bodies after the same time. Rows are claimed with
 * FOR UPDATE SKIP LOCKED, so concurrent workers never purge one twice.
 * `columns`: the personal-data columns to blank (tests add one). Returns how
 * many sessions it purged.
 */
export async function purgePersonalData(
  now = new Date(),
  columns: readonly string[] = Object.values(PERSONAL_DATA_COLUMNS),
): Promise<number> {
  const cutoff = new Date(now.getTime() - serverEnv().RETENTION_DAYS * DAY_MS);
  const blanked = [...columns, "capture_token_hash"].map(
    (column) => Prisma.sql`${Prisma.raw(identifier(column))} = null`,
  );
  // A transaction per batch: a worker killed half-way leaves no session marked purged whose copies still hold its data.
  const purgeBatch = () =>
    db().$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`
      update verification_sessions set ${Prisma.join(blanked)}, purged_at = ${now}, updated_at = ${now}
      where id in (
        select id from verification_sessions
        where purged_at is null
          and status in (${Prisma.join(FINAL_STATUSES)})
          and coalesce(decided_at, updated_at) < ${cutoff}
        limit ${BATCH}
        for update skip locked)
      and purged_at is null
      returning id`;
      if (rows.length === 0) return 0;
      const sessionIds = rows.map((row) => row.id);
      await tx.webhookDelivery.updateMany({
        where: { sessionId: { in: sessionIds } },
        data: { rawBody: PURGED_BODY, headers: {} },
      });
      // The copies sent (or still to be sent) to the integrator: an event not yet delivered goes out without them.
      const outboxBlanked = Object.values(INTEGRATOR_EVENT_PERSONAL_COLUMNS).map(
        (column) => Prisma.sql`${Prisma.raw(identifier(column))} = null`,
      );
      await tx.$executeRaw`
      update integrator_events set ${Prisma.join(outboxBlanked)}
      where session_id in (${Prisma.join(sessionIds.map((id) => Prisma.sql`${id}::uuid`))})`;
      return rows.length;
    });
  let purged = 0;
  for (;;) {
    const batch = await purgeBatch();
    purged += batch;
    if (batch < BATCH) break;
  }
  await db().webhookDelivery.updateMany({
    where: { sessionId: null, receivedAt: { lt: cutoff }, NOT: { rawBody: PURGED_BODY } },
    data: { rawBody: PURGED_BODY, headers: {} },
  });
  return purged;
}

/** A column name from our own list, quoted: never a value from outside. */
function identifier(column: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(column)) throw new Error(`not a column name: ${column}`);
  return `"${column}"`;
}
