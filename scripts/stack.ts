// The whole stack in one command.
//   npm run dev     database, migrations, the Veriff emulator (unless
//                   VERIFF_API_URL is set), the Next.js dev server, a worker
//   npm start       the same with the production build (`npm run build` first
//                   if there is none): the standalone server and the bundled
//                   worker a deployment runs. With DATABASE_URL set it applies
//                   no migration (that is the release step, `npm run
//                   db:migrate`) unless given --migrate, and refuses to start
//                   on a database that lacks one.
// Add --test for the separate test database and emulator port (Playwright's web server does).
// One Ctrl-C (or SIGTERM) stops everything this command started.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import nextEnv from "@next/env";
import { childProcessEnv, emulatorEnv, launcherEnv, parseServerEnv, productionReason } from "../lib/env";
import { copyFaceModel } from "./copy-face-model";
import { pendingMigrations } from "./db/migrations";
import { provideDatabase, type ProvidedDatabase } from "./db/provide-database";
import { ChildRegistry } from "./lib/child-processes";
import { EMULATOR_DEFAULTS, emulatorClientEnv } from "../emulator/defaults";
import { assertPortFree } from "./lib/ports";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") {
  console.error("usage: stack.ts dev|start [--test]");
  process.exit(2);
}
const profile = process.argv.includes("--test") ? "test" : "dev";
const log = (message: string) => console.error(`[stack] ${message}`);
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
// What `npm run build` leaves for a deployment (scripts/finish-build.ts).
const STANDALONE = path.resolve(".next/standalone");

nextEnv.loadEnvConfig(process.cwd(), mode === "dev", { info: () => {}, error: console.error });
const children = new ChildRegistry(path.resolve(`.data/stack-${profile}.json`));
// Held as a promise so that a Ctrl-C during start-up still stops the database once it is up.
let database: Promise<ProvidedDatabase> | undefined;
let stopping: Promise<never> | undefined;

/** Stops children, then the database, then exits; later calls wait for the first. */
function shutdown(exitCode: number): Promise<never> {
  stopping ??= (async () => {
    log("stopping");
    // The app and the worker first, with time to finish what is in flight (lib/shutdown/), while the
    // emulator and the database they finish it with are still up; a margin for the release after the grace.
    const graceMs = launcherEnv().SHUTDOWN_GRACE_MS + 5_000;
    await children.stop((name) => name === "app" || name === "worker", graceMs);
    await children.stopAll();
    await (await database?.catch(() => undefined))?.stop();
    log("stopped");
    process.exit(exitCode);
  })();
  return stopping;
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));
// If whoever started us dies without a signal (npm killed with SIGKILL), we
// are re-parented: take everything down rather than run on unattended.
const parent = process.ppid;
setInterval(() => process.ppid !== parent && void shutdown(1), 1_000).unref();

try {
  const env = launcherEnv();
  const orphans = await children.reapOrphans();
  if (orphans) log(`stopped ${orphans} process group(s) left behind by a killed earlier run`);
  // Playwright passes E2E_PORT as PORT: name the setting the user actually controls.
  await assertPortFree(env.PORT, profile === "test" ? "E2E_PORT" : "PORT", "the app");

  // Our own embedded database is migrated as it starts; somebody else's only when asked to.
  const migrate = mode === "dev" || !env.DATABASE_URL || process.argv.includes("--migrate");
  database = provideDatabase(profile, log, { migrate });
  const { url: databaseUrl } = await database;
  if (!migrate) await refuseUnmigrated(databaseUrl);
  // Against the emulator the stack is a demo: anyone may start a verification, unless told otherwise.
  const veriff = env.VERIFF_API_URL
    ? {}
    : {
        SELF_SERVE_START: env.SELF_SERVE_START ?? "true",
        ...(await startEmulator(env.PORT, profile === "test" ? env.E2E_EMULATOR_PORT : undefined)),
      };
  const settings = {
    ...veriff,
    DATABASE_URL: databaseUrl,
    PORT: String(env.PORT),
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
    // Next.js's own variables: the standalone server listens on HOSTNAME (every interface, as `next start` does).
    ...(mode === "start" ? { NODE_ENV: "production", HOSTNAME: "0.0.0.0" } : {}),
    // SIGTERM is the app's to handle (lib/shutdown/drain-on-signal.ts), not Next.js's; `next dev` would
    // otherwise SIGKILL its server 100 ms after passing the signal on.
    NEXT_MANUAL_SIG_HANDLE: "true",
    ...(mode === "dev" ? { NEXT_EXIT_TIMEOUT_MS: String(env.SHUTDOWN_GRACE_MS + 5_000) } : {}),
  };
  const withSettings = childProcessEnv(settings);
  const appEnv = { ...withSettings, ...staffAuthSecret(withSettings) };
  // Fail here, naming every variable at once, rather than inside Next.js.
  parseServerEnv({ ...appEnv, NODE_ENV: mode === "start" ? "production" : "development" });

  if (mode === "start" && !fs.existsSync(path.join(STANDALONE, "worker.mjs"))) {
    log("no production build yet: running npm run build");
    for (const args of [
      [nextBin, "build"],
      ["--import", "tsx", "scripts/finish-build.ts"],
    ]) {
      const build = await children.start("build", process.execPath, args, appEnv).exited;
      if (build !== 0) await shutdown(build);
    }
  }
  // The production build copied it already; the dev server serves public/ as it is.
  if (mode === "dev") copyFaceModel();
  const app =
    mode === "dev"
      ? children.start("app", process.execPath, [nextBin, "dev", "--port", String(env.PORT)], appEnv)
      : children.start("app", process.execPath, [path.join(STANDALONE, "server.js")], appEnv);
  children.start(
    "worker",
    process.execPath,
    mode === "dev"
      ? ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"]
      : [path.join(STANDALONE, "worker.mjs")],
    appEnv,
  );
  log(`app on http://localhost:${env.PORT} (Ctrl-C stops everything)`);
  void app.exited.then((code) => shutdown(code));
} catch (error) {
  log(error instanceof Error ? error.message : String(error));
  await shutdown(1);
}

/** Starts the Veriff emulator, sending webhooks to the app; returns the app's Veriff settings for it. */
async function startEmulator(appPort: number, portOverride: number | undefined): Promise<Record<string, string>> {
  const settings = emulatorEnv(EMULATOR_DEFAULTS);
  const port = portOverride ?? settings.EMULATOR_PORT;
  await assertPortFree(
    port,
    portOverride ? "E2E_EMULATOR_PORT" : "EMULATOR_PORT",
    "the Veriff emulator",
    "set VERIFF_API_URL to use another Veriff",
  );
  const emulator = children.start(
    "emulator",
    process.execPath,
    ["--import", "tsx", "emulator/server.ts"],
    childProcessEnv({
      EMULATOR_PORT: String(port),
      EMULATOR_WEBHOOK_URL: settings.EMULATOR_WEBHOOK_URL ?? `http://127.0.0.1:${appPort}/api/webhooks/veriff`,
    }),
  );
  const started = Date.now();
  while (!(await answers(`http://127.0.0.1:${port}/__emulator/sessions`))) {
    if (emulator.process.exitCode !== null || Date.now() - started > 30_000)
      throw new Error("the Veriff emulator did not start");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  void emulator.exited.then((code) => shutdown(code || 1)); // the app is useless without it
  log(
    `VERIFF_API_URL is not set: the app talks to the Veriff emulator on http://127.0.0.1:${port}/v1 (control page /__emulator/)`,
  );
  return {
    ...emulatorClientEnv(port, { apiKey: settings.EMULATOR_API_KEY, sharedSecrets: settings.EMULATOR_SHARED_SECRETS }),
    // The app offers PDFs exactly when the integration it talks to takes them.
    VERIFF_PDF_ENABLED: String(settings.EMULATOR_PDF_ENABLED),
    // The emulator takes a proof of address in any session: offer every kind, unless told otherwise.
    VERIFF_PROOF_OF_ADDRESS: launcherEnv().VERIFF_PROOF_OF_ADDRESS ?? "none,with_identity,only",
  };
}

/**
 * The staff console's cookie secret: as set; or, for a local stack, one kept
 * in this checkout so staff stay signed in across restarts. A production
 * deployment (lib/env.ts, productionReason) must set it, the same on every
 * instance: left unset here, the settings check names it with the rest.
 */
function staffAuthSecret(settings: Record<string, string | undefined>) {
  if (settings.STAFF_AUTH_SECRET || productionReason(settings)) return {};
  return { STAFF_AUTH_SECRET: checkoutSecret(".data/staff-auth.secret") };
}

/** Stops a start on a database that lacks a migration of this build: the release step comes first. */
async function refuseUnmigrated(databaseUrl: string): Promise<void> {
  const pending = await pendingMigrations(databaseUrl);
  if (!pending.length) return log("migrations up to date (DATABASE_URL: not migrated by npm start)");
  throw new Error(
    `the database in DATABASE_URL lacks ${pending.length} migration(s) of this build (${pending[0]}${pending.length > 1 ? ", …" : ""}). Apply them first, as a release step: npm run db:migrate (or start with npm start -- --migrate).`,
  );
}

/** A random secret kept in this checkout. */
function checkoutSecret(file: string): string {
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  return fs.readFileSync(file, "utf8").trim();
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}
