// The whole stack in one command.
//   npm run dev     database, migrations, Next.js dev server
//   npm start       the same with the production build (built first if missing)
// Add --test to use the separate test database (Playwright's web server does).
// One Ctrl-C (or SIGTERM) stops everything this command started.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import nextEnv from "@next/env";
import { childProcessEnv, launcherEnv, parseServerEnv } from "../lib/env";
import { provideDatabase, type ProvidedDatabase } from "./db/provide-database";
import { ChildRegistry } from "./lib/child-processes";
import { localVeriffEnv } from "./lib/local-veriff";
import { assertPortFree } from "./lib/ports";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") {
  console.error("usage: stack.ts dev|start [--test]");
  process.exit(2);
}
const profile = process.argv.includes("--test") ? "test" : "dev";
const log = (message: string) => console.error(`[stack] ${message}`);
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

nextEnv.loadEnvConfig(process.cwd(), mode === "dev", { info: () => {}, error: console.error });
const children = new ChildRegistry(path.resolve(`.data/stack-${profile}.json`));
let database: ProvidedDatabase | undefined;
let stopping: Promise<never> | undefined;

/** Stops children, then the database, then exits; later calls wait for the first. */
function shutdown(exitCode: number): Promise<never> {
  stopping ??= (async () => {
    log("stopping");
    await children.stopAll();
    await database?.stop();
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
  await assertPortFree(env.PORT, "PORT", "the app");

  database = await provideDatabase(profile, log);
  const veriff = env.VERIFF_API_URL ? {} : localVeriffEnv();
  if (!env.VERIFF_API_URL) log(`VERIFF_API_URL is not set: the app talks to the local Veriff emulator at ${veriff.VERIFF_API_URL}`);
  const appEnv = childProcessEnv({
    ...veriff,
    DATABASE_URL: database.url,
    PORT: String(env.PORT),
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
  });
  parseServerEnv(appEnv); // fail here, naming the variable, rather than inside Next.js

  if (mode === "start" && !fs.existsSync(".next/BUILD_ID")) {
    log("no production build yet: running next build");
    const build = await children.start("build", process.execPath, [nextBin, "build"], appEnv).exited;
    if (build !== 0) await shutdown(build);
  }
  const app = children.start("app", process.execPath, [nextBin, mode, "--port", String(env.PORT)], appEnv);
  log(`app on http://localhost:${env.PORT} (Ctrl-C stops everything)`);
  void app.exited.then((code) => shutdown(code));
} catch (error) {
  log(error instanceof Error ? error.message : String(error));
  await shutdown(1);
}
