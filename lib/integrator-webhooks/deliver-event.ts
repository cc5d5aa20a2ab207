import "server-only";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { integratorEvent, storedIntegratorEvent, type IntegratorEvent } from "@/lib/contracts/integrator-webhook";
import type { ClaimedEvent } from "./claim-due-events";
import { retryDelayMs } from "./retry-delay";
import { SIGNATURE_HEADER, signIntegratorWebhook } from "./verify-integrator-webhook";

export type DeliveryOutcome = "delivered" | "retry" | "failed" | "lease_lost";

export interface DeliveryClock {
  now: () => Date;
  /** In [0, 1): the jitter of the next wait. */
  random: () => number;
}

const REAL_CLOCK: DeliveryClock = { now: () => new Date(), random: Math.random };

/**
 * One try of one claimed event: POST the signed body to INTEGRATOR_WEBHOOK_URL
 * with a timeout, then record the outcome, if the claim still holds: delivered
 * on a 2xx; otherwise another try after an exponential, jittered wait, or
 * failed once the event's 3 days are over. Every try is kept for staff.
 */
export async function deliverEvent(event: ClaimedEvent, clock: DeliveryClock = REAL_CLOCK): Promise<DeliveryOutcome> {
  const env = serverEnv();
  const url = env.INTEGRATOR_WEBHOOK_URL;
  const secret = env.INTEGRATOR_WEBHOOK_SECRETS[0];
  if (!url || !secret) throw new Error("INTEGRATOR_WEBHOOK_URL and INTEGRATOR_WEBHOOK_SECRETS must be set to deliver");

  const startedAt = clock.now();
  const started = performance.now();
  const rawBody = bodyBytes(event, env.INTEGRATOR_WEBHOOK_INCLUDE_PERSON);
  const answer = rawBody
    ? await post(
        url,
        rawBody,
        signIntegratorWebhook(secret, rawBody, Math.floor(startedAt.getTime() / 1000)),
        env.INTEGRATOR_WEBHOOK_TIMEOUT_MS,
      )
    : { status: null, error: UNREADABLE };
  const durationMs = Math.round(performance.now() - started);
  const finishedAt = clock.now();

  const tries = event.attempts + 1;
  const delivered = answer.status !== null && answer.status >= 200 && answer.status < 300;
  // A body that no longer reads as the contract (a row changed by hand) would fail every try: given up at once.
  const givingUp = !delivered && (finishedAt >= event.giveUpAt || !rawBody);
  const outcome: DeliveryOutcome = delivered ? "delivered" : givingUp ? "failed" : "retry";
  const recorded = await db().$transaction(async (tx) => {
    const { count } = await tx.integratorEvent.updateMany({
      // Only the claim that holds the event records: a worker whose lease ran out (a long pause) changes nothing.
      where: { id: event.id, leaseToken: event.leaseToken, state: "pending" },
      data: {
        attempts: tries,
        lastAttemptAt: startedAt,
        lastStatus: answer.status,
        lastError: answer.error,
        leaseUntil: null,
        leaseToken: null,
        ...(delivered
          ? { state: "delivered", deliveredAt: finishedAt }
          : givingUp
            ? { state: "failed", failedAt: finishedAt }
            : {
                nextAttemptAt: new Date(
                  finishedAt.getTime() + retryDelayMs(tries, env.INTEGRATOR_WEBHOOK_RETRY_BASE_MS, clock.random),
                ),
              }),
      },
    });
    if (count === 0) return false;
    await tx.integratorDeliveryAttempt.create({
      data: { eventId: event.id, number: tries, startedAt, durationMs, status: answer.status, error: answer.error },
    });
    return true;
  });
  const fields = { eventId: event.id, sessionId: event.sessionId, type: event.type, try: tries, durationMs };
  if (!recorded) {
    log().warn(fields, "integrator webhook: the claim ran out before the outcome was recorded; another worker retries");
    return "lease_lost";
  }
  if (delivered) log().info(fields, "integrator webhook delivered");
  else log().warn({ ...fields, error: answer.error, outcome }, "integrator webhook not delivered");
  return outcome;
}

const UNREADABLE = "stored event does not match the contract";

function bodyBytes(event: ClaimedEvent, includePerson: boolean): Buffer | null {
  try {
    return Buffer.from(JSON.stringify(payloadOf(event, includePerson)));
  } catch {
    return null;
  }
}

/** The event as the integrator receives it: the row's own fields, the session snapshot, and the person where sent. */
export function payloadOf(event: ClaimedEvent, includePerson: boolean): IntegratorEvent {
  const withPerson = includePerson && event.type === "session.decided";
  return integratorEvent.parse({
    id: event.id,
    type: event.type,
    sequence: event.sequence,
    occurredAt: event.occurredAt.toISOString(),
    ...storedIntegratorEvent.parse(event.body),
    ...(withPerson ? { person: event.person ?? null } : {}),
  });
}

async function post(
  url: string,
  rawBody: Buffer,
  signature: string,
  timeoutMs: number,
): Promise<{ status: number | null; error: string | null }> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "veriff-capture-webhooks/1",
        [SIGNATURE_HEADER]: signature,
      },
      body: new Uint8Array(rawBody),
      // A redirect is the endpoint's mistake to fix, not a place to send signed personal data to.
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    // The answer's body means nothing to us: never read, never stored.
    await response.body?.cancel().catch(() => {});
    const ok = response.status >= 200 && response.status < 300;
    return { status: response.status, error: ok ? null : `HTTP ${response.status}` };
  } catch (error) {
    return { status: null, error: networkError(error) };
  }
}

/** A short, fixed description of why no answer came: a name or code, never a message that could quote data. */
function networkError(error: unknown): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) return "timeout";
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === "string" ? cause.code : undefined;
  return code && /^[A-Z0-9_]{1,40}$/.test(code) ? `network ${code}` : "network error";
}
