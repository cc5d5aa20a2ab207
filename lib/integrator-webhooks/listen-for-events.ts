import "server-only";
import pg from "pg";
import { log } from "@/lib/log";
import { EVENTS_CHANNEL } from "./delivery-settings";

/**
 * LISTEN on the outbox's channel over a connection of its own, so a worker
 * hears of a new event the moment its transaction commits instead of at its
 * next poll. A lost connection is opened again on the next wait; meanwhile
 * the waits simply run to their end (the worker polls), so nothing is missed.
 */
export class EventsListener {
  private client?: pg.Client;
  private connecting?: Promise<void>;
  /** A notification came since the last `take()`. */
  private notified = false;
  private wake?: () => void;

  constructor(private readonly databaseUrl: string) {}

  /** Forgets notifications heard so far: call it before looking for work, so one that arrives meanwhile is kept. */
  take(): void {
    this.notified = false;
  }

  /** Resolves on a notification (or one heard since take()), after `ms`, or when `signal` aborts. */
  async wait(ms: number, signal: AbortSignal): Promise<void> {
    await this.connect();
    if (this.notified || signal.aborted) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener("abort", done);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener("abort", done);
      this.wake = done;
    });
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }

  private connect(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.databaseUrl, connectionTimeoutMillis: 5_000 });
      client.on("notification", () => {
        this.notified = true;
        this.wake?.();
      });
      client.on("error", (error) => {
        log().warn({ err: error }, "integrator webhooks: lost the LISTEN connection; polling until it is back");
        if (this.client === client) this.client = undefined;
        client.end().catch(() => {});
      });
      try {
        await client.connect();
        await client.query(`listen ${EVENTS_CHANNEL}`);
        this.client = client;
      } catch (error) {
        log().warn({ err: error }, "integrator webhooks: could not LISTEN; polling");
        await client.end().catch(() => {});
      }
    })().finally(() => (this.connecting = undefined));
    return this.connecting;
  }
}
