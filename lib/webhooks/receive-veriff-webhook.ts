import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { verify } from "@/lib/veriff/signature";
import { classifyWebhook } from "@/lib/veriff/webhook-payloads";
import { applyWebhook } from "./apply-webhook";

export type WebhookOutcome =
  | { status: 200; result: "stored" | "duplicate"; kind: string; matched: boolean }
  | { status: 401; code: "webhook_unauthenticated" };

// Headers worth keeping with a delivery; the signature and the API key are not.
// (No x-forwarded-for: an address is personal data.)
const KEPT_HEADERS = ["content-type", "user-agent", "x-request-id", "traceparent"];

/**
 * Veriff's webhook, after its raw body was read: verify, store once, apply.
 * A database failure throws (the route answers 5xx so Veriff retries);
 * everything else that verifies is stored and acknowledged with 200.
 */
export async function receiveVeriffWebhook(rawBody: Buffer, headers: Headers): Promise<WebhookOutcome> {
  const env = serverEnv();
  const apiKey = headers.get("x-auth-client");
  const signature = verify(env.VERIFF_SHARED_SECRETS, rawBody, headers.get("x-hmac-signature"));
  if (!signature.ok || apiKey?.toLowerCase() !== env.VERIFF_API_KEY.toLowerCase()) {
    log().warn({ reason: signature.ok ? "x-auth-client does not match VERIFF_API_KEY" : `signature ${signature.reason}` }, "webhook refused");
    return { status: 401, code: "webhook_unauthenticated" };
  }

  let json: unknown;
  let malformed = false;
  try {
    json = JSON.parse(rawBody.toString("utf8"));
  } catch {
    malformed = true;
  }
  const webhook = malformed ? { kind: "malformed", veriffSessionId: null, attemptId: null } : classifyWebhook(json);
  const dedupeKey = createHash("sha256").update(rawBody).digest("hex");

  return db().$transaction(async (tx) => {
    // Stored first, under a unique key: a repeated delivery inserts nothing and changes nothing.
    const inserted = await tx.webhookDelivery.createMany({
      data: {
        dedupeKey,
        kind: webhook.kind,
        veriffSessionId: webhook.veriffSessionId,
        attemptId: webhook.attemptId,
        rawBody: rawBody.toString("utf8"),
        headers: Object.fromEntries(KEPT_HEADERS.flatMap((name) => (headers.has(name) ? [[name, headers.get(name)]] : []))),
        verifiedKeyIndex: signature.keyIndex,
      },
      skipDuplicates: true,
    });
    if (inserted.count === 0) {
      log().info({ kind: webhook.kind }, "webhook repeated; already stored");
      return { status: 200 as const, result: "duplicate" as const, kind: webhook.kind, matched: false };
    }
    const sessionId = await applyWebhook(tx, webhook);
    await tx.webhookDelivery.update({ where: { dedupeKey }, data: { sessionId, processedAt: new Date() } });
    log().info({ kind: webhook.kind, sessionId, keyIndex: signature.keyIndex }, sessionId ? "webhook applied" : "webhook stored, no matching session");
    return { status: 200 as const, result: "stored" as const, kind: webhook.kind, matched: sessionId !== null };
  });
}
