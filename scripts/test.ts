// npm test: lint, typecheck, Vitest (unit + integration on a real
// PostgreSQL), then Playwright against the production build. With
// E2E_EXTERNAL_DATABASE_URL set (CI: Debian's PostgreSQL), the production
// start once more as an operator runs it: the release step (npm run
// db:migrate) on that database, then `npm start` with it as DATABASE_URL and
// tracing on, under a few specs (playwright.external.config.ts). Every runner
// prints its own summary; this prints the total and exits non-zero if any
// step failed, ran no test, or skipped one.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import nextEnv from "@next/env";
import { childProcessEnv, launcherEnv } from "../lib/env";
import { provideDatabase } from "./db/provide-database";
import { ChildRegistry } from "./lib/child-processes";
import { emulatorClientEnv } from "../emulator/defaults";

const REPORTS = path.resolve(".data/reports");
const bin = (name: string) => path.resolve("node_modules/.bin", name);

interface Outcome {
  step: string;
  ok: boolean;
  /** Whether the step runs tests (counted) or is a single check (lint, typecheck, build). */
  countsTests: boolean;
  passed: number;
  failed: number;
  skipped: number;
}

const outcomes: Outcome[] = [];
const log = (message: string) => console.error(`[test] ${message}`);

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function step(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<boolean> {
  console.error(`\n━━ ${name} ━━`);
  const ok = (await run(command, args, env)) === 0;
  console.error(`${name}: ${ok ? "passed" : "FAILED"}`);
  // Not a test runner: no tests to count, but a failure counts as one.
  outcomes.push({ step: name, ok, countsTests: false, passed: 0, failed: ok ? 0 : 1, skipped: 0 });
  return ok;
}

/** A test runner's step, counted from its JSON report. */
async function testStep(name: string, command: string, args: string[], report: string, env: NodeJS.ProcessEnv) {
  console.error(`\n━━ ${name} ━━`);
  fs.rmSync(report, { force: true });
  const exitCode = await run(command, args, env);
  const counts = readCounts(report);
  const ran = counts.passed + counts.failed > 0;
  const ok = exitCode === 0 && ran && counts.failed === 0 && counts.skipped === 0;
  if (!ran) log(`${name} ran no test`);
  if (counts.skipped) log(`${name} skipped ${counts.skipped} test(s): a skipped test is a defect`);
  // A run that crashed, ran nothing or skipped something counts as one failure at least.
  outcomes.push({ step: name, ok, countsTests: true, ...counts, failed: counts.failed || (ok ? 0 : 1) });
}

function readCounts(report: string): { passed: number; failed: number; skipped: number } {
  if (!fs.existsSync(report)) return { passed: 0, failed: 0, skipped: 0 };
  const json = JSON.parse(fs.readFileSync(report, "utf8"));
  if (json.stats) {
    // Playwright
    return {
      passed: json.stats.expected + json.stats.flaky,
      failed: json.stats.unexpected,
      skipped: json.stats.skipped,
    };
  }
  // Vitest
  return {
    passed: json.numPassedTests,
    failed: json.numFailedTests,
    skipped: json.numPendingTests + json.numTodoTests,
  };
}

nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });
fs.mkdirSync(REPORTS, { recursive: true });
const baseEnv = childProcessEnv({ NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" });

await step("lint", bin("eslint"), ["--max-warnings=0", "."], baseEnv);
await step("format (prettier)", bin("prettier"), ["--check", "."], baseEnv);
await step("typecheck", bin("tsc"), ["--noEmit"], baseEnv);

const database = await provideDatabase("test", log).catch((error: Error) => {
  log(error.message);
  process.exit(1);
});
try {
  // Playwright's web server runs the whole stack, the emulator included (unless VERIFF_API_URL is set);
  // Vitest's tests start the emulators they need, and the app's settings point at the default one.
  const env = { ...baseEnv, DATABASE_URL: database.url };
  const vitestEnv = { ...env, ...(launcherEnv().VERIFF_API_URL ? {} : emulatorClientEnv()) };
  await testStep(
    "unit and integration (vitest)",
    bin("vitest"),
    ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${REPORTS}/vitest.json`],
    `${REPORTS}/vitest.json`,
    vitestEnv,
  );
  if (await step("production build (npm run build)", "npm", ["run", "build"], env)) {
    await testStep("end-to-end (playwright)", bin("playwright"), ["test"], `${REPORTS}/playwright.json`, env);
    const external = launcherEnv().E2E_EXTERNAL_DATABASE_URL;
    if (external) {
      const externalEnv = { ...env, DATABASE_URL: external };
      const migrate = ["--import", "tsx", "scripts/db-migrate.ts", "deploy"];
      if (
        await step(
          "release step on the external PostgreSQL (npm run db:migrate)",
          process.execPath,
          migrate,
          externalEnv,
        )
      )
        await testStep(
          "end-to-end on the external PostgreSQL (npm start, playwright)",
          bin("playwright"),
          ["test", "--config", "playwright.external.config.ts"],
          `${REPORTS}/playwright-external.json`,
          externalEnv,
        );
    } else {
      log("E2E_EXTERNAL_DATABASE_URL is not set: the production start on an external PostgreSQL is not tested here");
    }
  }
} finally {
  await database.stop();
  // A web server whose launcher was killed must not outlive the run.
  await new ChildRegistry(path.resolve(".data/stack-test.json")).reapOrphans();
}

const total = outcomes.reduce(
  (sum, outcome) => ({
    passed: sum.passed + outcome.passed,
    failed: sum.failed + outcome.failed,
    skipped: sum.skipped + outcome.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.error("\n━━ summary ━━");
for (const outcome of outcomes) {
  const detail = !outcome.countsTests
    ? outcome.ok
      ? "passed"
      : "failed"
    : `${outcome.passed} passed, ${outcome.failed} failed${outcome.skipped ? `, ${outcome.skipped} skipped` : ""}`;
  console.error(`${outcome.ok ? "ok  " : "FAIL"} ${outcome.step}: ${detail}`);
}
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exit(outcomes.every((outcome) => outcome.ok) ? 0 : 1);
