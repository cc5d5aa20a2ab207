// An integrator's webhook endpoint for tests: a real HTTP server on a random
// port that keeps every request's exact bytes and answers as the test says.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedDelivery {
  headers: http.IncomingHttpHeaders;
  /** The body's exact bytes. */
  raw: Buffer;
  body: { id: string; type: string; sequence: number; sessionId: string } & Record<string, unknown>;
  receivedAt: number;
}

/** Answers one delivery: an HTTP status, after `delayMs` if given. */
export type Answer = (delivery: ReceivedDelivery) => number | { status: number; delayMs: number };

export interface WebhookReceiver {
  url: string;
  received: ReceivedDelivery[];
  /** Deliveries the receiver answered with a 2xx, by event id. */
  acknowledged: Map<string, number>;
  /** The most deliveries of one session that were ever in progress at the same time. */
  maxConcurrentPerSession: number;
  answer: Answer;
  /** Resolves once `count` deliveries matching `match` were acknowledged. */
  waitFor(match: (delivery: ReceivedDelivery) => boolean, count?: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startWebhookReceiver(answer: Answer = () => 200): Promise<WebhookReceiver> {
  const inFlight = new Map<string, number>();
  const waiters = new Set<() => void>();
  const receiver: WebhookReceiver = {
    url: "",
    received: [],
    acknowledged: new Map(),
    maxConcurrentPerSession: 0,
    answer,
    waitFor(match, count = 1, timeoutMs = 10_000) {
      const done = () =>
        receiver.received.filter((delivery) => match(delivery) && isAcknowledged(delivery)).length >= count;
      if (done()) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out waiting for ${count} acknowledged deliveries`));
        }, timeoutMs);
        const check = () => {
          if (!done()) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const answeredOk = new WeakSet<ReceivedDelivery>();
  const isAcknowledged = (delivery: ReceivedDelivery) => answeredOk.has(delivery);

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      const raw = Buffer.concat(chunks);
      const delivery: ReceivedDelivery = {
        headers: request.headers,
        raw,
        body: JSON.parse(raw.toString("utf8")),
        receivedAt: Date.now(),
      };
      receiver.received.push(delivery);
      const session = delivery.body.sessionId;
      inFlight.set(session, (inFlight.get(session) ?? 0) + 1);
      receiver.maxConcurrentPerSession = Math.max(receiver.maxConcurrentPerSession, inFlight.get(session)!);
      const given = receiver.answer(delivery);
      const { status, delayMs } = typeof given === "number" ? { status: given, delayMs: 0 } : given;
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      inFlight.set(session, inFlight.get(session)! - 1);
      if (status >= 200 && status < 300) {
        answeredOk.add(delivery);
        receiver.acknowledged.set(delivery.body.id, (receiver.acknowledged.get(delivery.body.id) ?? 0) + 1);
      }
      response.statusCode = status;
      response.end();
      for (const waiter of [...waiters]) waiter();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`;
  return receiver;
}
