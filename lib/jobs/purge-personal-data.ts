import "server-only";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { FINAL_STATUSES } from "@/lib/sessions/lifecycle";
import { PERSONAL_DATA_COLUMNS } from "@/lib/sessions/personal-data";

const DAY_MS = 24 * 60 * 60 * 1000;
/** What a purged webhook body is replaced with. */
export const PURGED_BODY = new Uint8Array(Buffer.from("[purged]"));

/**
 * Retention: RETENTION_DAYS after a final decision (or expiry), a session's
 * personal data goes: every column lib/sessions/personal-data.ts lists, the
 * capture link's token hash, and the raw bodies of its webhooks. Ids,
 * statuses, codes and the timeline stay for the audit trail. Webhooks
 * matching no session (another integration's, or a deleted session's late
 * retries) lose their bodies after the same time. Idempotent, so concurrent
 * workers cannot conflict. `columns`: the personal-data columns to blank
 * (tests add one). Returns how many sessions it purged.
 */
export async function purgePersonalData(
  now = new Date(),
  columns: readonly string[] = Object.values(PERSONAL_DATA_COLUMNS),
): Promise<number> {
  const cutoff = new Date(now.getTime() - serverEnv().RETENTION_DAYS * DAY_MS);
  const blanked = [...columns, "capture_token_hash"].map(
    (column) => Prisma.sql`${Prisma.raw(identifier(column))} = null`,
  );
  const purged = await db().$queryRaw<{ id: string }[]>`
    update verification_sessions set ${Prisma.join(blanked)}, purged_at = ${now}, updated_at = ${now}
    where purged_at is null
      and status in (${Prisma.join(FINAL_STATUSES)})
      and coalesce(decided_at, updated_at) < ${cutoff}
    returning id`;
  if (purged.length) {
    await db().webhookDelivery.updateMany({
      where: { sessionId: { in: purged.map((row) => row.id) } },
      data: { rawBody: PURGED_BODY, headers: {} },
    });
  }
  await db().webhookDelivery.updateMany({
    where: { sessionId: null, receivedAt: { lt: cutoff }, NOT: { rawBody: PURGED_BODY } },
    data: { rawBody: PURGED_BODY, headers: {} },
  });
  return purged.length;
}

/** A column name from our own list, quoted: never a value from outside. */
function identifier(column: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(column)) throw new Error(`not a column name: ${column}`);
  return `"${column}"`;
}
