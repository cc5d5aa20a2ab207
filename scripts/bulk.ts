// npm run bulk -- <manifest.csv|manifest.json> [--dry-run] [--retry-failed] [--concurrency 8] [--lease-seconds 120] [--max-tries 8]
// npm run bulk -- report <batch id | manifest> [--out report.csv]
// Sends many people's documents through Veriff (docs/bulk.md). Uses
// DATABASE_URL, or the embedded PostgreSQL of `npm run dev`; VERIFF_API_URL,
// or the emulator of `npm run dev`. Runs with --conditions=react-server so
// that the app's server-only modules load.
import { parseArgs } from "node:util";
import { EMULATOR_DEFAULTS, emulatorClientEnv } from "../emulator/defaults";
import { emulatorEnv, EnvError, exportEnv, launcherEnv } from "../lib/env";
import { provideDatabase } from "./db/provide-database";

const usage = [
  "usage: npm run bulk -- <manifest> [--dry-run] [--retry-failed] [--concurrency N] [--lease-seconds S] [--max-tries N]",
  "       npm run bulk -- report <batch id | manifest> [--out report.csv]",
].join("\n");
const log = (message: string) => console.error(`[bulk] ${message}`);

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      "dry-run": { type: "boolean", default: false },
      "retry-failed": { type: "boolean", default: false },
      concurrency: { type: "string", default: "8" },
      "lease-seconds": { type: "string", default: "120" },
      "max-tries": { type: "string", default: "8" },
      "progress-seconds": { type: "string", default: "10" },
      out: { type: "string" },
    },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const { values, positionals } = parsed;
const report = positionals[0] === "report";
const target = report ? positionals[1] : positionals[0];
const number = (name: string, raw: string, min: number, max: number) => {
  const value = Number(raw);
  if (Number.isInteger(value) && value >= min && value <= max) return value;
  console.error(`--${name} is a whole number from ${min} to ${max}\n${usage}`);
  process.exit(2);
};
const concurrency = number("concurrency", values.concurrency, 1, 64);
const leaseSeconds = number("lease-seconds", values["lease-seconds"], 1, 3600);
const maxTries = number("max-tries", values["max-tries"], 1, 100);
const progressSeconds = number("progress-seconds", values["progress-seconds"], 1, 3600);
if (!target || positionals.length > (report ? 2 : 1)) {
  console.error(usage);
  process.exit(2);
}

try {
  if (!launcherEnv().VERIFF_API_URL) {
    const emulator = emulatorEnv(EMULATOR_DEFAULTS);
    exportEnv(
      emulatorClientEnv(emulator.EMULATOR_PORT, {
        apiKey: emulator.EMULATOR_API_KEY,
        sharedSecrets: emulator.EMULATOR_SHARED_SECRETS,
      }),
    );
    log(`VERIFF_API_URL is not set: using the emulator of npm run dev on port ${emulator.EMULATOR_PORT}`);
  }
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
}
// An external database is migrated by npm run db:migrate, as for the app; the embedded one here.
const database = await provideDatabase("dev", log, { migrate: !launcherEnv().DATABASE_URL }).catch((error: Error) => {
  log(error.message);
  process.exit(1);
});
exportEnv({ DATABASE_URL: database.url });

// Loaded only now: the settings above are in place before anything reads them.
const { reportBatch, sendManifest } = await import("../lib/bulk/bulk-command");
const stop = new AbortController();
process.on("SIGINT", () => {
  if (stop.signal.aborted) process.exit(130);
  // On its own line, under the progress bar.
  if (process.stderr.isTTY) process.stderr.write("\n");
  log("stopping: rows in flight are let go of at their next step (Ctrl-C again to quit at once)");
  stop.abort();
});
for (const signal of ["SIGTERM", "SIGHUP"] as const) process.on(signal, () => stop.abort());
let code: number;
try {
  code = report
    ? await reportBatch(target, { outFile: values.out, out: process.stdout })
    : await sendManifest(target, {
        dryRun: values["dry-run"],
        retryFailed: values["retry-failed"],
        concurrency,
        leaseMs: leaseSeconds * 1000,
        maxTries,
        out: process.stderr,
        plainEveryMs: progressSeconds * 1000,
        signal: stop.signal,
      });
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error);
  code = 1;
} finally {
  await database.stop();
}
process.exit(code);
