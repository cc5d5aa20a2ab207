import "server-only";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";

/**
 * Retention: RETENTION_DAYS after a final decision (or expiry), a session's
 * personal data goes: the verified identity, the decision's raw data and the
 * raw bodies of its webhooks. Ids, statuses, codes and the timeline stay for
 * the audit trail. Webhooks matching no session (another integration's, or
 * a deleted session's late retries) lose their bodies after the same time.
 * Idempotent, so concurrent workers cannot conflict.
 * Returns how many sessions it purged.
 */
export async function purgePersonalData(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - serverEnv().RETENTION_DAYS * 24 * 60 * 60 * 1000);
  const purged = await db().$queryRaw<{ id: string }[]>`
    update verification_sessions set
      person_first_name = null, person_last_name = null, person_date_of_birth = null, person_id_number = null,
      document_number = null, document_valid_until = null, decision_data = null, capture_token_hash = null,
      purged_at = ${now}, updated_at = ${now}
    where purged_at is null
      and status in ('approved', 'declined', 'expired', 'abandoned')
      and coalesce(decided_at, updated_at) < ${cutoff}
    returning id`;
  if (purged.length) {
    await db().webhookDelivery.updateMany({
      where: { sessionId: { in: purged.map((row) => row.id) } },
      data: { rawBody: "[purged]", headers: {} },
    });
  }
  await db().webhookDelivery.updateMany({
    where: { sessionId: null, receivedAt: { lt: cutoff }, NOT: { rawBody: "[purged]" } },
    data: { rawBody: "[purged]", headers: {} },
  });
  return purged.length;
}
