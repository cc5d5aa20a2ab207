// A second, dedicated stack for the webhook specs, started as scripts/stack.ts
// starts one (the production build, a worker beside it, the Veriff emulator),
// so that a spec can kill its app and worker with SIGKILL without touching the
// suite's own stack: a database of its own on the test server, its own ports
// (E2E_PORT + 6 and + 7), and webhooks to the integrator on E2E_PORT + 5.
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { childProcessEnv, launcherEnv } from "../../lib/env";
import { emulatorClientEnv } from "../../emulator/defaults";
import { ensureDatabase, startEmbeddedPostgres } from "../../scripts/db/embedded-postgres";
import { applyMigrations } from "../../scripts/db/migrations";
import { ChildRegistry, signalGroup, type ManagedChild } from "../../scripts/lib/child-processes";
import { INTEGRATOR_KEY } from "./check";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const LOG_FILE = path.resolve(".data/e2e/webhook-stack.log");

export const INTEGRATOR_PORT = launcherEnv().E2E_PORT + 5;
/** The secret the dedicated stack signs its webhooks to the integrator with. */
export const INTEGRATOR_SECRET = "e2e-integrator-webhook-secret-0123456789abcdef";

export class WebhookStack {
  readonly appPort = launcherEnv().E2E_PORT + 6;
  readonly emulatorPort = launcherEnv().E2E_PORT + 7;
  private readonly children = new ChildRegistry(path.resolve(".data/e2e/webhook-stack.json"));
  private app?: ManagedChild;
  private worker?: ManagedChild;
  private databaseUrl = "";
  private adminUrl = "";
  private readonly databaseName = `e2e_webhooks_${randomUUID().replaceAll("-", "").slice(0, 8)}`;

  get baseUrl(): string {
    return `http://127.0.0.1:${this.appPort}`;
  }

  get database(): string {
    return this.databaseUrl;
  }

  get emulatorUrl(): string {
    return `http://127.0.0.1:${this.emulatorPort}`;
  }

  async start(): Promise<void> {
    // A run killed before it could stop its stack left these behind.
    await this.children.reapOrphans();
    fs.mkdirSync(path.dirname(LOG_FILE), { recursive: true });
    this.adminUrl = await testServerAdminUrl();
    const url = new URL(this.adminUrl);
    url.pathname = `/${this.databaseName}`;
    this.databaseUrl = url.toString();
    await ensureDatabase(this.adminUrl, this.databaseName, { fresh: true });
    await applyMigrations(this.databaseUrl);
    const emulator = this.spawn(
      "emulator",
      ["--import", "tsx", "emulator/server.ts"],
      childProcessEnv({
        EMULATOR_PORT: String(this.emulatorPort),
        EMULATOR_WEBHOOK_URL: `${this.baseUrl}/api/webhooks/veriff`,
        EMULATOR_DECISION_DELAY_MS: "1000",
      }),
    );
    await waitUntilAnswering(`${this.emulatorUrl}/__emulator/sessions`, emulator);
    await this.startAppAndWorker();
  }

  /** The app and its worker, as after a deploy or a crash; resolves once the app answers. */
  async startAppAndWorker(): Promise<void> {
    const env = this.appEnv();
    this.app = this.spawn("app", [nextBin, "start", "--port", String(this.appPort), "--hostname", "127.0.0.1"], env);
    this.worker = this.spawn("worker", ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], env);
    await waitUntilAnswering(`${this.baseUrl}/api/health`, this.app);
  }

  /** SIGKILL to the app's and the worker's process groups at once: whatever they were doing dies with them. */
  async killAppAndWorker(): Promise<void> {
    for (const child of [this.app, this.worker]) signalGroup(child?.process.pid, "SIGKILL");
    await Promise.all([this.app?.exited, this.worker?.exited]);
  }

  async stop(): Promise<void> {
    await this.children.stopAll();
    if (this.adminUrl) {
      const client = new pg.Client({ connectionString: this.adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${client.escapeIdentifier(this.databaseName)} with (force)`);
      await client.end();
    }
  }

  private appEnv(): NodeJS.ProcessEnv {
    return childProcessEnv({
      ...emulatorClientEnv(this.emulatorPort),
      DATABASE_URL: this.databaseUrl,
      PORT: String(this.appPort),
      APP_BASE_URL: this.baseUrl,
      APP_API_KEYS: INTEGRATOR_KEY,
      STAFF_AUTH_SECRET: randomBytes(32).toString("base64url"),
      // As the suite's stack: behind one proxy hop, each test with its own X-Forwarded-For (support/test.ts).
      TRUSTED_PROXY_HOPS: "1",
      INTEGRATOR_WEBHOOK_URL: `http://127.0.0.1:${INTEGRATOR_PORT}/webhooks`,
      INTEGRATOR_WEBHOOK_SECRETS: INTEGRATOR_SECRET,
      // Short waits and a short call timeout (and so a short lease), to keep the spec quick.
      INTEGRATOR_WEBHOOK_RETRY_BASE_MS: "200",
      INTEGRATOR_WEBHOOK_TIMEOUT_MS: "2000",
      SELF_SERVE_START: "false",
      NEXT_TELEMETRY_DISABLED: "1",
      CHECKPOINT_DISABLE: "1",
    });
  }

  private spawn(name: string, args: string[], env: NodeJS.ProcessEnv): ManagedChild {
    const output = fs.openSync(LOG_FILE, "a");
    try {
      return this.children.start(name, process.execPath, args, env, output);
    } finally {
      fs.closeSync(output);
    }
  }
}

/** The test PostgreSQL's maintenance database: DATABASE_URL's server (npm test), or the embedded test cluster, shared. */
export async function testServerAdminUrl(): Promise<string> {
  const env = launcherEnv();
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL);
    url.pathname = "/postgres";
    return url.toString();
  }
  const server = await startEmbeddedPostgres({
    dataDir: ".data/pg-test",
    port: env.EMBEDDED_PG_TEST_PORT,
    portVariable: "EMBEDDED_PG_TEST_PORT",
    fast: true,
    log: () => {},
  });
  return server.url("postgres");
}

async function waitUntilAnswering(url: string, child: ManagedChild): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      return;
    } catch {
      if (child.process.exitCode !== null) throw new Error(`${child.name} exited during start-up; see ${LOG_FILE}`);
      if (Date.now() - started > 60_000) throw new Error(`${url} did not answer within 60 s; see ${LOG_FILE}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
