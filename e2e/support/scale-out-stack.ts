// The scale-out spec's deployment, as an operator runs one with more than one
// of everything: two app instances (the standalone server `npm run build`
// leaves, as `npm start` runs it) and two workers (the bundled
// scripts/worker.ts) on one PostgreSQL database (fresh, on the test server),
// behind a round-robin proxy (support/round-robin-proxy.ts): end-users and
// the integrator on one listener, Veriff's webhooks on another. Veriff is the
// emulator, in this process so the spec can count what it did; the
// integrator is a receiver of the app's webhooks, here too. Every process
// logs to a file of its own, which the spec reads: an instance's log is the
// proof that it served a request.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import pg from "pg";
import { childProcessEnv, launcherEnv } from "../../lib/env";
import { verifyIntegratorWebhook } from "../../lib/integrator-webhooks/verify-integrator-webhook";
import { ChildRegistry, type ManagedChild } from "../../scripts/lib/child-processes";
import { CountingEmulator } from "../../scripts/soak/faulty-emulator";
import { StackDatabase } from "./stack-database";
import { INTEGRATOR_KEY } from "./check";
import { RoundRobinProxy } from "./round-robin-proxy";
import { waitUntilAnswering } from "./webhook-stack";

const STANDALONE = path.resolve(".next/standalone");
const LOGS = path.resolve(".data/e2e/scale-out");
// Next to the other specs' own ports (E2E_PORT + 1 … + 7).
const BASE_PORT = launcherEnv().E2E_PORT + 10;
const PORTS = {
  public: BASE_PORT,
  webhooks: BASE_PORT + 1,
  instances: [BASE_PORT + 2, BASE_PORT + 3],
  emulator: BASE_PORT + 4,
  integrator: BASE_PORT + 5,
};
export const INSTANCES = ["app-a", "app-b"] as const;
export const WORKERS = ["worker-1", "worker-2"] as const;
const INTEGRATOR_SECRET = randomBytes(32).toString("hex");
/** The staff console's cookie secret: the same on every instance, as production requires. */
const STAFF_AUTH_SECRET = randomBytes(32).toString("base64url");
/** How long Veriff (the emulator) takes to accept a frame: long enough for a retry to arrive while it is on its way. */
export const MEDIA_LATENCY_MS = 400;

export interface IntegratorDelivery {
  eventId: string;
  type: string;
  sessionId: string;
  verified: boolean;
}

export class ScaleOutStack {
  readonly emulator: CountingEmulator;
  readonly proxy = new RoundRobinProxy(INSTANCES.map((name, index) => ({ name, port: PORTS.instances[index]! })));
  /** What the integrator's endpoint received, in order. */
  readonly integratorDeliveries: IntegratorDelivery[] = [];
  /** The proxy's listener for end-users and the integrator's back end. */
  publicUrl = "";
  private integrator?: http.Server;
  private readonly children = new ChildRegistry(path.resolve(".data/e2e/scale-out.json"));
  private readonly db = new StackDatabase("e2e_scale");

  constructor() {
    const apiKey = randomUUID();
    this.emulator = new CountingEmulator({
      apiKey,
      sharedSecrets: [randomBytes(24).toString("base64url")],
      webhookUrl: `http://127.0.0.1:${PORTS.webhooks}/api/webhooks/veriff`,
      decisionDelayMs: 500,
      strict: true,
      pdfEnabled: false,
      webhookTimeScale: 3_600,
      faultSeed: 1,
    });
    this.mediaLatency(MEDIA_LATENCY_MS);
    this.emulator.countFaults(); // and so every call, by route
  }

  /** How long Veriff takes to answer each media upload from now on. */
  mediaLatency(ms: number): void {
    this.emulator.faults.configure({ endpoints: { "POST /sessions/{id}/media": { latencyMs: ms } } });
  }

  async start(): Promise<void> {
    if (!fs.existsSync(path.join(STANDALONE, "worker.mjs")))
      throw new Error(`${STANDALONE} is incomplete: run npm run build first`);
    await this.children.reapOrphans(); // left by a run that was killed
    fs.rmSync(LOGS, { recursive: true, force: true });
    fs.mkdirSync(LOGS, { recursive: true });
    await this.db.create();
    await this.emulator.listen(PORTS.emulator);
    await this.listenAsIntegrator();
    this.publicUrl = await this.proxy.listen("public", PORTS.public);
    await this.proxy.listen("webhooks", PORTS.webhooks);

    const apps = INSTANCES.map((name, index) =>
      this.spawn(name, [path.join(STANDALONE, "server.js")], {
        PORT: String(PORTS.instances[index]),
        HOSTNAME: "127.0.0.1",
      }),
    );
    for (const name of WORKERS) this.spawn(name, [path.join(STANDALONE, "worker.mjs")], {});
    await Promise.all(
      apps.map((app, index) =>
        waitUntilAnswering(`http://127.0.0.1:${PORTS.instances[index]}/api/health/live`, app, logOf(app.name)),
      ),
    );
  }

  async stop(): Promise<void> {
    await this.children.stopAll();
    await this.proxy.close();
    await this.emulator.close();
    this.integrator?.closeAllConnections();
    await new Promise((resolve) => (this.integrator ? this.integrator.close(resolve) : resolve(undefined)));
    await this.db.drop();
  }

  /** The JSON lines a process wrote to its log (its own start-up lines in plain text are left out). */
  logLines(name: string): Record<string, unknown>[] {
    return fs
      .readFileSync(logOf(name), "utf8")
      .split("\n")
      .flatMap((line) => {
        if (!line.startsWith("{")) return [];
        try {
          return [JSON.parse(line) as Record<string, unknown>];
        } catch {
          return [];
        }
      });
  }

  /** A query on the stack's database. */
  query<Row extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<Row[]> {
    return this.db.query<Row>(sql, values);
  }

  /** Veriff's webhooks to us, by the key our table stores them under (the SHA-256 of the body). */
  veriffWebhookKeys(): string[] {
    return this.emulator.webhooks.deliveries.map((delivery) =>
      createHash("sha256").update(delivery.body).digest("hex"),
    );
  }

  private spawn(name: string, args: string[], settings: Record<string, string>): ManagedChild {
    const output = fs.openSync(logOf(name), "a");
    try {
      return this.children.start(name, process.execPath, args, this.env(settings), output);
    } finally {
      fs.closeSync(output);
    }
  }

  private env(settings: Record<string, string>): NodeJS.ProcessEnv {
    const { apiKey, sharedSecrets } = this.emulator.config;
    return childProcessEnv({
      NODE_ENV: "production",
      DATABASE_URL: this.db.url,
      APP_BASE_URL: `http://127.0.0.1:${PORTS.public}`,
      VERIFF_API_URL: `http://127.0.0.1:${PORTS.emulator}/v1`,
      VERIFF_API_KEY: apiKey,
      VERIFF_SHARED_SECRETS: sharedSecrets.join(","),
      APP_API_KEYS: INTEGRATOR_KEY,
      STAFF_AUTH_SECRET,
      TRUSTED_PROXY_HOPS: "1",
      INTEGRATOR_WEBHOOK_URL: `http://127.0.0.1:${PORTS.integrator}/webhooks`,
      INTEGRATOR_WEBHOOK_SECRETS: INTEGRATOR_SECRET,
      // Each worker looks for background work every second, so they race for it.
      JOBS_INTERVAL_SECONDS: "1",
      SELF_SERVE_START: "false",
      VERIFF_PROOF_OF_ADDRESS: "none",
      CAPTURE_FRAMES_PER_CONTEXT: "2",
      NEXT_TELEMETRY_DISABLED: "1",
      CHECKPOINT_DISABLE: "1",
      // Not this deployment's: two workers cannot share a metrics port, and no spec here reads traces.
      WORKER_METRICS_PORT: undefined,
      OTEL_EXPORTER_OTLP_ENDPOINT: undefined,
      ...settings,
    });
  }

  private async listenAsIntegrator(): Promise<void> {
    this.integrator = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const raw = Buffer.concat(chunks);
        const signature = request.headers["veriff-capture-signature"];
        const verified = verifyIntegratorWebhook(raw, typeof signature === "string" ? signature : undefined, [
          INTEGRATOR_SECRET,
        ]).ok;
        const event = verified ? (JSON.parse(raw.toString("utf8")) as Record<string, unknown>) : {};
        this.integratorDeliveries.push({
          eventId: String(event.id),
          type: String(event.type),
          sessionId: String(event.sessionId),
          verified,
        });
        response.writeHead(verified ? 204 : 400).end();
      });
    });
    await new Promise<void>((resolve) => this.integrator!.listen(PORTS.integrator, "127.0.0.1", resolve));
  }
}

const logOf = (name: string) => path.join(LOGS, `${name}.log`);
