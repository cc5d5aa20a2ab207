import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { databaseErrorCode, isTransientDatabaseError } from "@/lib/db-errors";
import { log } from "@/lib/log";
import { countVeriffWebhook } from "@/lib/metrics/metrics";
import { refusal, type Refusal } from "@/lib/refusal";
import { withoutNul } from "@/lib/text";
import { tagSession } from "@/lib/tracing/spans";
import { verify } from "@/lib/veriff/signature";
import { classifyWebhook } from "@/lib/veriff/webhook-payloads";
import { applyVeriffUpdate } from "@/lib/sessions/apply-veriff-update";

export type WebhookOutcome =
  | { ok: true; result: "stored" | "duplicate" | "failed"; kind: string; matched: boolean }
  | Refusal<"webhook_unauthenticated" | "webhook_not_applied">;

const UNAUTHENTICATED = refusal("webhook_unauthenticated", "The webhook's signature or API key does not verify.");
const NOT_APPLIED = refusal("webhook_not_applied", "Stored, but not applied yet: please send it again later.");

// Headers worth keeping with a delivery; the signature and the API key are not.
// (No x-forwarded-for: an address is personal data.)
const KEPT_HEADERS = ["content-type", "user-agent", "x-request-id", "traceparent"];

/**
 * What can be checked before a byte of the body is read: Veriff always sends
 * our API key and a hex HMAC. Anything else is refused unread (null: read on).
 */
export function refuseUnsignedWebhook(headers: Headers): Refusal<"webhook_unauthenticated"> | null {
  const apiKey = headers.get("x-auth-client");
  const signed = /^[0-9a-f]{64}$/i.test(headers.get("x-hmac-signature") ?? "");
  if (signed && apiKey?.toLowerCase() === serverEnv().VERIFF_API_KEY.toLowerCase()) return null;
  log().warn({ reason: signed ? "x-auth-client does not match VERIFF_API_KEY" : "no signature" }, "webhook refused");
  return UNAUTHENTICATED;
}

/**
 * Veriff's webhook, after its raw body was read: verify, store once, apply.
 * A failure a retry could fix (the database away, a conflict) is reported as
 * webhook_not_applied (a 503) so Veriff retries it; anything
 * else that verifies is stored and acknowledged with 200, a delivery that
 * could not be applied marked as failed for staff.
 */
export async function receiveVeriffWebhook(rawBody: Buffer, headers: Headers): Promise<WebhookOutcome> {
  const outcome = await receive(rawBody, headers);
  countVeriffWebhook(outcome.ok ? outcome.result : outcome.code);
  return outcome;
}

async function receive(rawBody: Buffer, headers: Headers): Promise<WebhookOutcome> {
  const env = serverEnv();
  const apiKey = headers.get("x-auth-client");
  const signature = verify(env.VERIFF_SHARED_SECRETS, rawBody, headers.get("x-hmac-signature"));
  if (!signature.ok || apiKey?.toLowerCase() !== env.VERIFF_API_KEY.toLowerCase()) {
    log().warn(
      { reason: signature.ok ? "x-auth-client does not match VERIFF_API_KEY" : `signature ${signature.reason}` },
      "webhook refused",
    );
    return UNAUTHENTICATED;
  }

  let json: unknown;
  let malformed = false;
  try {
    // NUL characters are valid JSON but no Postgres text can hold them; the raw bytes keep them.
    json = withoutNul(JSON.parse(rawBody.toString("utf8")));
  } catch {
    malformed = true;
  }
  const webhook = malformed ? { kind: "malformed", veriffSessionId: null, attemptId: null } : classifyWebhook(json);
  const dedupeKey = createHash("sha256").update(rawBody).digest("hex");

  const delivery = {
    dedupeKey,
    kind: webhook.kind,
    veriffSessionId: webhook.veriffSessionId,
    attemptId: webhook.attemptId,
    rawBody: new Uint8Array(rawBody),
    headers: Object.fromEntries(KEPT_HEADERS.flatMap((name) => (headers.has(name) ? [[name, headers.get(name)]] : []))),
    verifiedKeyIndex: signature.keyIndex,
  };
  try {
    return await db().$transaction(async (tx) => {
      // Stored first, under a unique key: a repeated delivery inserts nothing and changes nothing.
      const inserted = await tx.webhookDelivery.createMany({ data: delivery, skipDuplicates: true });
      if (inserted.count === 0) {
        // Applied before: a repeat. Stored but never applied (its processing failed): apply it now.
        const [stored] = await tx.$queryRaw<{ processed_at: Date | null }[]>`
          select processed_at from webhook_deliveries where dedupe_key = ${dedupeKey} for update`;
        if (stored?.processed_at) {
          log().info({ kind: webhook.kind }, "webhook repeated; already stored");
          return { ok: true as const, result: "duplicate" as const, kind: webhook.kind, matched: false };
        }
      }
      const sessionId = await applyVeriffUpdate(tx, webhook);
      if (sessionId) tagSession(sessionId);
      await tx.webhookDelivery.update({
        where: { dedupeKey },
        data: { sessionId, processedAt: new Date(), processingError: null },
      });
      log().info(
        { kind: webhook.kind, sessionId, keyIndex: signature.keyIndex },
        sessionId ? "webhook applied" : "webhook stored, no matching session",
      );
      return { ok: true as const, result: "stored" as const, kind: webhook.kind, matched: sessionId !== null };
    });
  } catch (error) {
    const reason = `database_error ${databaseErrorCode(error)}`;
    const recorded = await recordFailure(delivery, reason);
    // A retry could fix it: 5xx, so Veriff sends it again. The original error
    // stays out of the log: its message can quote personal data.
    // Not even kept: Veriff's copy is the only one, so it must send it again.
    if (isTransientDatabaseError(error) || !recorded) return NOT_APPLIED;
    log().error({ kind: webhook.kind, reason }, "webhook stored but not applied; a retry would not help");
    return { ok: true as const, result: "failed" as const, kind: webhook.kind, matched: false };
  }
}

/**
 * Keeps a delivery whose processing failed, marked with why, so staff see it
 * among the failed deliveries (until a retry applies it). Never marks one
 * that another request applied meanwhile. If the database itself is what
 * failed, this fails too (false), and Veriff's copy is the record.
 */
async function recordFailure(delivery: Prisma.WebhookDeliveryCreateManyInput, reason: string): Promise<boolean> {
  try {
    await db().webhookDelivery.createMany({ data: { ...delivery, processingError: reason }, skipDuplicates: true });
    await db().webhookDelivery.updateMany({
      where: { dedupeKey: delivery.dedupeKey, processedAt: null },
      data: { processingError: reason },
    });
    return true;
  } catch (recordError) {
    log().error({ reason: databaseErrorCode(recordError) }, "could not record the failed webhook delivery");
    return false;
  }
}
