// Between the emulator and the app: every webhook delivery is taken (200 at
// once, so the emulator counts it delivered) and forwarded to the app 10
// times, byte for byte (body and headers), each copy at a random moment in a
// window, so the app sees every delivery ten times and in no particular
// order (events and decisions mixed). Each copy is sent until the app takes
// it: a copy the app could not take (killed, database away) is not a
// delivery lost by the soak.
import http from "node:http";
import zlib from "node:zlib";
import type { Metrics } from "./metrics";
import { sleep, type Random } from "./random";

const ROUTE = "POST /api/webhooks/veriff (relay)";
const COPIES = 10;
const JITTER_MS = 4_000;
const RETRY_MS = 500;
// Set per connection by whoever sends: not part of the delivery.
const HOP_BY_HOP = new Set(["host", "connection", "keep-alive", "transfer-encoding", "content-length"]);

export interface RelayedDelivery {
  body: Buffer;
  /** The app's answer to each copy, in the order they were answered: "200 stored", "200 duplicate", "503 …". */
  answers: string[];
  copiesAccepted: number;
}

export class WebhookRelay {
  readonly deliveries: RelayedDelivery[] = [];
  private server?: http.Server;
  private readonly pending = new Set<Promise<void>>();
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  private closing = false;

  constructor(
    private readonly target: URL,
    private readonly metrics: Metrics,
    private readonly random: Random,
  ) {}

  async listen(port: number): Promise<string> {
    this.server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        response.writeHead(200, { "content-type": "application/json" }).end("{}");
        this.relay(Buffer.concat(chunks), request.rawHeaders);
      });
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once("error", reject);
      this.server!.listen(port, "127.0.0.1", resolve);
    });
    return `http://127.0.0.1:${port}/webhooks`;
  }

  /** Resolves once every copy of every delivery so far has been taken by the app, or `deadline` passes (false). */
  async drained(deadline: number): Promise<boolean> {
    while (this.pending.size) {
      if (Date.now() > deadline) return false;
      await Promise.race([Promise.all(this.pending), sleep(250)]);
    }
    return true;
  }

  async close(): Promise<void> {
    this.closing = true;
    this.agent.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private relay(body: Buffer, rawHeaders: string[]): void {
    const headers: string[] = [];
    for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
      if (!HOP_BY_HOP.has(rawHeaders[i]!.toLowerCase())) headers.push(rawHeaders[i]!, rawHeaders[i + 1]!);
    }
    const delivery: RelayedDelivery = { body, answers: [], copiesAccepted: 0 };
    this.deliveries.push(delivery);
    for (let copy = 0; copy < COPIES; copy++) {
      const sent = this.deliverCopy(delivery, headers, this.random() * JITTER_MS);
      this.pending.add(sent);
      void sent.finally(() => this.pending.delete(sent));
    }
  }

  private async deliverCopy(delivery: RelayedDelivery, headers: string[], delayMs: number): Promise<void> {
    await sleep(delayMs);
    while (!this.closing) {
      const { status, text } = await this.metrics.during(ROUTE, () => this.post(delivery.body, headers));
      this.metrics.answered(ROUTE, status);
      const result = status === 200 ? (parseResult(text) ?? "?") : "";
      delivery.answers.push(`${status || "no answer"}${result ? ` ${result}` : ""}`);
      if (status === 200) {
        delivery.copiesAccepted++;
        return;
      }
      // Refused: Veriff would retry it, but the same bytes will be refused again; the checks report it.
      if (status >= 400 && status < 500 && status !== 408 && status !== 429) return;
      // The app restarting, the database away: Veriff would retry.
      this.metrics.retried(`webhook copy: ${status || "no answer"}`);
      await sleep(RETRY_MS + this.random() * RETRY_MS);
    }
  }

  private post(body: Buffer, headers: string[]): Promise<{ status: number; text: string }> {
    return new Promise((resolve) => {
      const request = http.request(
        this.target,
        {
          method: "POST",
          agent: this.agent,
          // Given as a list, headers get no Host of Node's own.
          headers: ["host", this.target.host, ...headers, "content-length", String(body.length)],
          timeout: 15_000,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () =>
            resolve({
              status: response.statusCode ?? 0,
              text: decoded(Buffer.concat(chunks), response.headers["content-encoding"]),
            }),
          );
          response.on("error", () => resolve({ status: 0, text: "" }));
        },
      );
      request.on("timeout", () => request.destroy());
      request.on("error", () => resolve({ status: 0, text: "" }));
      request.end(body);
    });
  }
}

/** The answer's text: the emulator asks for gzip, deflate or br like any fetch, and its headers travel as they are. */
function decoded(body: Buffer, encoding: string | undefined): string {
  try {
    if (encoding === "gzip") return zlib.gunzipSync(body).toString("utf8");
    if (encoding === "deflate") return zlib.inflateSync(body).toString("utf8");
    if (encoding === "br") return zlib.brotliDecompressSync(body).toString("utf8");
  } catch {
    return "";
  }
  return body.toString("utf8");
}

function parseResult(text: string): string | undefined {
  try {
    const result = (JSON.parse(text) as { result?: unknown }).result;
    return typeof result === "string" ? result : undefined;
  } catch {
    return undefined;
  }
}
