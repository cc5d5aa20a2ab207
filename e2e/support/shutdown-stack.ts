// A stack of its own for the graceful-shutdown spec, started as a deployment
// runs it: the standalone server (node .next/standalone/server.js, what the
// Dockerfile runs; it leaves SIGTERM to lib/shutdown by itself, see
// scripts/finish-build.ts: nothing here sets NEXT_MANUAL_SIG_HANDLE) and the bundled worker,
// the Veriff emulator, and a database of its own on the test server. Its own
// ports (E2E_PORT + 8 and + 9), so that stopping its app leaves the suite's alone.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { childProcessEnv, launcherEnv } from "../../lib/env";
import { emulatorClientEnv } from "../../emulator/defaults";
import type { EndpointFaults } from "../../emulator/faults";
import { ChildRegistry, type ManagedChild } from "../../scripts/lib/child-processes";
import { StackDatabase } from "./stack-database";
import { INTEGRATOR_KEY } from "./check";

const LOG_FILE = path.resolve(".data/e2e/shutdown-stack.log");
const STANDALONE = path.resolve(".next/standalone");
/** Short, to keep the spec quick; the default is 30 s. */
export const GRACE_MS = 8_000;

export class ShutdownStack {
  readonly appPort = launcherEnv().E2E_PORT + 8;
  readonly emulatorPort = launcherEnv().E2E_PORT + 9;
  private readonly children = new ChildRegistry(path.resolve(".data/e2e/shutdown-stack.json"));
  private readonly db = new StackDatabase("e2e_shutdown");
  private readonly staffSecret = randomBytes(32).toString("base64url");
  app?: ManagedChild;

  get baseUrl(): string {
    return `http://127.0.0.1:${this.appPort}`;
  }

  get emulatorUrl(): string {
    return `http://127.0.0.1:${this.emulatorPort}`;
  }

  get database(): string {
    return this.db.url;
  }

  async start(): Promise<void> {
    await this.children.reapOrphans();
    fs.mkdirSync(path.dirname(LOG_FILE), { recursive: true });
    await this.db.create();
    const emulator = this.spawn(
      "emulator",
      ["--import", "tsx", "emulator/server.ts"],
      childProcessEnv({ EMULATOR_PORT: String(this.emulatorPort), EMULATOR_WEBHOOK_URL: `${this.baseUrl}/nowhere` }),
    );
    await waitUntilAnswering(`${this.emulatorUrl}/__emulator/sessions`, emulator);
    await this.startApp();
  }

  /** The standalone server, as a deployment starts it; resolves once it answers. */
  async startApp(): Promise<void> {
    this.app = this.spawn("app", [path.join(STANDALONE, "server.js")], {
      ...this.appEnv(),
      PORT: String(this.appPort),
      HOSTNAME: "127.0.0.1",
    });
    await waitUntilAnswering(`${this.baseUrl}/api/health/live`, this.app);
  }

  /** The bundled worker (worker.mjs), as a deployment starts it, with `env` added. */
  startWorker(env: Record<string, string> = {}): ManagedChild {
    return this.spawn("worker", [path.join(STANDALONE, "worker.mjs")], { ...this.appEnv(), ...env });
  }

  /** Sets the emulator's fault injection (emulator/faults.ts), per route name. */
  async faults(endpoints: Record<string, EndpointFaults>): Promise<void> {
    const response = await fetch(`${this.emulatorUrl}/__emulator/faults`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ endpoints }),
    });
    if (!response.ok) throw new Error(`PUT /__emulator/faults answered ${response.status}`);
  }

  /** The ids of the media the emulator holds for a Veriff session, every attempt's. */
  async emulatedMedia(veriffSessionId: string): Promise<string[]> {
    const response = await fetch(`${this.emulatorUrl}/__emulator/sessions`);
    const { sessions } = (await response.json()) as {
      sessions: { id: string; attempts: { media: { id: string }[] }[] }[];
    };
    const session = sessions.find((item) => item.id === veriffSessionId);
    return session?.attempts.flatMap((attempt) => attempt.media.map((media) => media.id)) ?? [];
  }

  /** A query on the stack's database. */
  query<Row extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<Row[]> {
    return this.db.query<Row>(sql, values);
  }

  async stop(): Promise<void> {
    await this.children.stopAll();
    await this.db.drop();
  }

  private appEnv(): NodeJS.ProcessEnv {
    return childProcessEnv({
      ...emulatorClientEnv(this.emulatorPort),
      DATABASE_URL: this.db.url,
      APP_BASE_URL: this.baseUrl,
      APP_API_KEYS: INTEGRATOR_KEY,
      STAFF_AUTH_SECRET: this.staffSecret,
      CAPTURE_FRAMES_PER_CONTEXT: "1",
      SELF_SERVE_START: "false",
      SHUTDOWN_GRACE_MS: String(GRACE_MS),
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
