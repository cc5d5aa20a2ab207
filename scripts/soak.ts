// npm run test:soak [-- --seed 7 --users 20 --sessions 100]: a bounded soak
// under faults that proves nothing is lost or done twice. It starts its own
// PostgreSQL, the Veriff emulator with faults on every endpoint, a webhook
// relay that delivers everything ten times out of order, and the production
// app; 20 simulated end-users then run ~100 verifications over real HTTP
// while the app is killed twice (during uploads, during submits) and
// PostgreSQL restarted once. It ends by comparing what the emulator holds
// with what the database says, prints the figures, stops everything it
// started, and exits 1 when any check failed. See README "The soak test".
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { childProcessEnv, parseServerEnv } from "../lib/env";
import { ChildRegistry } from "./lib/child-processes";
import { assertPortFree } from "./lib/ports";
import { AppProcess } from "./soak/app-process";
import { readTables, runChecks } from "./soak/checks";
import { startFaultyEmulator, type StartedEmulator } from "./soak/faulty-emulator";
import { FramePhotos } from "./soak/frames";
import { Metrics } from "./soak/metrics";
import { parseSoakOptions, type SoakOptions } from "./soak/options";
import { ensureProductionBuild } from "./soak/production-build";
import { forkRandom } from "./soak/random";
import { printReport, type Phase } from "./soak/report";
import { runTraffic } from "./soak/run-traffic";
import { SoakDatabase } from "./soak/soak-database";
import { WebhookRelay } from "./soak/webhook-relay";

const OUTPUT = path.resolve(".data/soak");
const log = (message: string) => console.error(`[soak] ${message}`);
const BASE_ENV = { NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
/** The app's Veriff timeouts, short so that a lost upload is resolved inside the soak (lib/capture/deadlines.ts). */
const VERIFF_TIMEOUTS = { VERIFF_TIMEOUT_MS: "3000", VERIFF_UPLOAD_TIMEOUT_MS: "3000", VERIFF_MAX_ATTEMPTS: "2" };
const DRAIN_MS = 30_000;

const options = parseOptionsOrExit();
const { seed } = options;

fs.mkdirSync(OUTPUT, { recursive: true });
fs.rmSync(path.join(OUTPUT, "app.log"), { force: true }); // each run's own
const children = new ChildRegistry(path.join(OUTPUT, "children.json"));
const phases: Phase[] = [];
let database: SoakDatabase | undefined;
let started: StartedEmulator | undefined;
let relay: WebhookRelay | undefined;
let app: AppProcess | undefined;

async function phase<T>(name: string, work: () => Promise<T>): Promise<T> {
  const begun = Date.now();
  try {
    return await work();
  } finally {
    phases.push({ name, ms: Date.now() - begun });
  }
}

/** Stops what this run started, the emulator last: the report reads its memory. */
async function stopAll({ emulatorToo }: { emulatorToo: boolean }): Promise<void> {
  await app?.stop().catch(() => {});
  await relay?.close().catch(() => {});
  await database?.stop().catch(() => {});
  await children.stopAll();
  if (emulatorToo) await started?.emulator.close().catch(() => {});
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping everything`);
    void stopAll({ emulatorToo: true }).then(() => process.exit(130));
  });
}

let exitCode = 1;
try {
  const orphans = await children.reapOrphans();
  if (orphans) log(`stopped ${orphans} process group(s) left by a killed earlier soak`);
  await assertPortFree(options.appPort, "--app-port", "the soak's app");
  await assertPortFree(options.emulatorPort, "--emulator-port", "the soak's Veriff emulator");
  await assertPortFree(options.relayPort, "--relay-port", "the soak's webhook relay");

  await phase("next build (reused when current)", () =>
    ensureProductionBuild(children, childProcessEnv(BASE_ENV), log),
  );
  const metrics = new Metrics();
  const photos = await phase("frames: JPEGs made", async () => new FramePhotos());
  const theDatabase = await phase("PostgreSQL: started, migrated", () => SoakDatabase.open(options.pgPort, log));
  database = theDatabase;
  const emulatorLog = fs.createWriteStream(path.join(OUTPUT, "emulator.log"));
  const appUrl = `http://127.0.0.1:${options.appPort}`;
  const theRelay = new WebhookRelay(new URL(`${appUrl}/api/webhooks/veriff`), metrics, forkRandom(seed, "relay"));
  relay = theRelay;
  started = await phase("emulator and webhook relay started", async () => {
    const relayUrl = await theRelay.listen(options.relayPort);
    return startFaultyEmulator({
      port: options.emulatorPort,
      webhookUrl: relayUrl,
      seed,
      log: (message) => emulatorLog.write(`${message}\n`),
    });
  });
  const { emulator } = started;

  const integratorKey = randomBytes(30).toString("base64url");
  const appEnv = childProcessEnv({
    ...BASE_ENV,
    ...started.clientEnv,
    ...VERIFF_TIMEOUTS,
    DATABASE_URL: theDatabase.url,
    PORT: String(options.appPort),
    APP_BASE_URL: appUrl,
    APP_API_KEYS: integratorKey,
    STAFF_AUTH_SECRET: randomBytes(32).toString("base64url"),
    // Each simulated user comes through one proxy with its own address, so per-address limits see 20 users.
    TRUSTED_PROXY_HOPS: "1",
    CAPTURE_FRAMES_PER_CONTEXT: "2",
    VERIFF_PROOF_OF_ADDRESS: "none",
    SELF_SERVE_START: "false",
    VERIFF_PDF_ENABLED: "false",
  });
  parseServerEnv(appEnv); // a bad setting fails here, naming it, rather than inside Next.js
  app = new AppProcess(children, appEnv, options.appPort, path.join(OUTPUT, "app.log"));
  const theApp = app;
  await phase("app started (next start)", () => theApp.start());

  const traffic = await phase("traffic under faults and chaos", () =>
    runTraffic({
      seed,
      users: options.users,
      sessions: options.sessions,
      deadline: Date.now() + options.trafficDeadlineSeconds * 1000,
      integratorKey,
      app: theApp,
      database: theDatabase,
      emulator,
      photos,
      metrics,
    }),
  );

  const relayDrained = await phase("webhook copies drained", () => theRelay.drained(Date.now() + DRAIN_MS));
  const observed = {
    emulator,
    relay: theRelay,
    records: traffic.records,
    metrics,
    chaos: traffic.chaos,
    relayDrained,
  };
  const tables = await phase("database read", () => readTables(theDatabase.url));
  const checks = runChecks(observed, tables);
  const rssPeakKb = app.rssPeakKb;
  const appStarts = app.starts;
  await phase("everything stopped", () => stopAll({ emulatorToo: false }));
  printReport(observed, tables, checks, phases, { seed, rssPeakKb, appStarts });
  log(`logs: ${path.relative(process.cwd(), OUTPUT)}/app.log, emulator.log`);
  exitCode = checks.every((check) => check.ok) ? 0 : 1;
} catch (error) {
  log(`soak aborted: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  await stopAll({ emulatorToo: true });
}
process.exit(exitCode);

function parseOptionsOrExit(): SoakOptions {
  try {
    return parseSoakOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`usage: npm run test:soak [-- --seed N --users N --sessions N]\n${(error as Error).message}`);
    process.exit(2);
  }
}
