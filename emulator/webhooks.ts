// Webhook delivery as Veriff does it: compact JSON signed with the master key
// over the exact bytes sent; anything but HTTP 200 is retried about once an
// hour for up to 7 days (compressed in time by `timeScale`).
import { randomUUID } from "node:crypto";
import { sign } from "../lib/veriff/signature";
import type { WebhookFaults } from "./faults";

const HOUR_MS = 60 * 60 * 1000;
const MAX_TRIES = 7 * 24; // hourly for 7 days
const TIMEOUT_MS = 10_000;

export interface DeliveryTry {
  at: string;
  status?: number;
  error?: string;
}

export interface Delivery {
  id: string;
  kind: string;
  sessionId: string | null;
  attemptId: string | null;
  body: string;
  tries: DeliveryTry[];
  delivered: boolean;
  /** Gave up after Veriff's 7 days of retries. */
  abandoned: boolean;
}

export interface WebhookOptions {
  url: string | undefined;
  apiKey: string;
  masterSecret: string;
  timeScale: number;
  faults: () => WebhookFaults;
  log: (message: string) => void;
}

export class Webhooks {
  readonly deliveries: Delivery[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Event webhooks held back by the out-of-order fault, per attempt. */
  private readonly heldEvents = new Map<string, Delivery[]>();

  constructor(private readonly options: WebhookOptions) {}

  /** Queues a webhook of `kind`; events may be held back to arrive after their decision. */
  send(kind: string, payload: unknown, refs: { sessionId?: string; attemptId?: string } = {}): Delivery {
    const delivery = this.record(kind, JSON.stringify(payload), refs);
    const faults = this.options.faults();
    if (kind === "event" && faults.outOfOrder && refs.attemptId) {
      this.heldEvents.set(refs.attemptId, [...(this.heldEvents.get(refs.attemptId) ?? []), delivery]);
      return delivery;
    }
    this.dispatch(delivery);
    if (kind === "decision" && refs.attemptId) {
      for (const held of this.heldEvents.get(refs.attemptId) ?? []) this.dispatch(held);
      this.heldEvents.delete(refs.attemptId);
    }
    return delivery;
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  reset(): void {
    this.close();
    this.deliveries.length = 0;
    this.heldEvents.clear();
  }

  private record(kind: string, body: string, refs: { sessionId?: string | null; attemptId?: string | null }): Delivery {
    const delivery: Delivery = {
      id: randomUUID(),
      kind,
      sessionId: refs.sessionId ?? null,
      attemptId: refs.attemptId ?? null,
      body,
      tries: [],
      delivered: false,
      abandoned: false,
    };
    this.deliveries.push(delivery);
    return delivery;
  }

  private dispatch(delivery: Delivery): void {
    const faults = this.options.faults();
    this.later(faults.delayMs ?? 0, () => this.attempt(delivery));
    // The duplicate is a delivery of its own, with its own retries, as Veriff's repeats are.
    if (faults.duplicate) {
      const copy = this.record(delivery.kind, delivery.body, delivery);
      this.later(faults.delayMs ?? 0, () => this.attempt(copy));
    }
  }

  private async attempt(delivery: Delivery): Promise<void> {
    const { url, apiKey, masterSecret } = this.options;
    if (!url) return;
    const tryRecord: DeliveryTry = { at: new Date().toISOString() };
    delivery.tries.push(tryRecord);
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-auth-client": apiKey,
          "x-hmac-signature": sign(masterSecret, delivery.body),
        },
        body: delivery.body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      await response.body?.cancel();
      tryRecord.status = response.status;
      if (response.status === 200) {
        delivery.delivered = true;
        return;
      }
    } catch (error) {
      tryRecord.error =
        error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    }
    if (delivery.tries.length >= MAX_TRIES) {
      delivery.abandoned = true;
      this.options.log(`webhook ${delivery.kind} ${delivery.id} abandoned after ${MAX_TRIES} tries`);
      return;
    }
    // One line per delivery, not per retry: an absent receiver would flood the log.
    if (delivery.tries.length === 1) {
      this.options.log(
        `webhook ${delivery.kind} ${delivery.id} not accepted (${tryRecord.status ?? tryRecord.error}); retrying`,
      );
    }
    this.later(HOUR_MS / this.options.timeScale, () => this.attempt(delivery));
  }

  private later(ms: number, work: () => Promise<void>): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void work();
    }, ms);
    this.timers.add(timer);
  }
}
