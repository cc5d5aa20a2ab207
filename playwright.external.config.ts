// The production start as an operator runs it, against an external
// PostgreSQL (E2E_EXTERNAL_DATABASE_URL, migrated by `npm run db:migrate`
// first: scripts/test.ts): `npm start` (the standalone server and the bundled
// worker, no migration of its own), tracing to a receiver the traces spec
// runs, and the specs that prove a capture goes through and is seen:
// the capture flow, metrics, health and traces.
import { defineConfig } from "@playwright/test";
import base from "./playwright.config";
import { OTLP_PORT } from "./e2e/support/check";
import { launcherEnv } from "./lib/env";

const env = launcherEnv();
const [chromium] = base.projects!;
const webServer = Array.isArray(base.webServer) ? base.webServer[0]! : base.webServer!;

export default defineConfig({
  ...base,
  reporter: [["list"], ["json", { outputFile: ".data/reports/playwright-external.json" }]],
  projects: [{ ...chromium!, testIgnore: [], testMatch: /\/(capture|metrics|health|traces)\.spec\.ts$/ }],
  webServer: {
    ...webServer,
    command: "npm start -- --test",
    env: {
      ...webServer.env,
      DATABASE_URL: env.E2E_EXTERNAL_DATABASE_URL ?? "",
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${OTLP_PORT}`,
      // The SDK's batch delay (5 s by default): the traces spec waits for its spans.
      OTEL_BSP_SCHEDULE_DELAY: "200",
    },
  },
});
