// A second, dedicated stack for the webhook specs, started as scripts/stack.ts
// starts one (the production build, a worker beside it, the Veriff emulator),
// so that a spec can kill its app and worker with SIGKILL without touching the
// suite's own stack: a database of its own on the test server, its own ports
// (E2E_PORT + 6 and + 7), and webhooks to the integrator on E2E_PORT + 5.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { childProcessEnv, launcherEnv } from "../../lib/env";
import { emulatorClientEnv } from "../../emulator/defaults";
import { ChildRegistry, signalGroup, type ManagedChild } from "../../scripts/lib/child-processes";
import { StackDatabase } from "./stack-database";
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
  private readonly db = new StackDatabase("e2e_webhooks");

  get baseUrl(): string {
    return `http://127.0.0.1:${this.appPort}`;
  }

  get database(): string {
    return this.db.url;
  }

  get emulatorUrl(): string {
    return `http://127.0.0.1:${this.emulatorPort}`;
  }

  async start(): Promise<void> {
    // A run killed before it could stop its stack left these behind.
    await this.children.reapOrphans();
    fs.mkdirSync(path.dirname(LOG_FILE), { recursive: true });
    await this.db.create();
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
    await this.db.drop();
  }

  private appEnv(): NodeJS.ProcessEnv {
    return childProcessEnv({
      ...emulatorClientEnv(this.emulatorPort),
      DATABASE_URL: this.db.url,
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

/** Resolves once `url` answers at all; fails when `child` exits first or after 60 s, naming the log to read. */
export async function waitUntilAnswering(url: string, child: ManagedChild, logFile = LOG_FILE): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      return;
    } catch {
      if (child.process.exitCode !== null) throw new Error(`${child.name} exited during start-up; see ${logFile}`);
      if (Date.now() - started > 60_000) throw new Error(`${url} did not answer within 60 s; see ${logFile}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
