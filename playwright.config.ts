import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { BRAND, EMBEDDING_ORIGIN, INTEGRATOR_KEY, METRICS_TOKEN, RETURN_ORIGIN } from "./e2e/support/check";
import { cameraArgs, CHROMIUM_ARGS as args, executablePath } from "./e2e/support/chromium";
import { darkCameraClip, fakeCameraClip } from "./e2e/support/fake-camera";
import { launcherEnv } from "./lib/env";

const env = launcherEnv();
const baseURL = `http://127.0.0.1:${env.E2E_PORT}`;
// Generated, never committed (and kept where Tailwind does not scan).
const camera = fakeCameraClip(path.resolve(".data/e2e/camera-2560x1440.y4m"));
const darkCamera = darkCameraClip(path.resolve(".data/e2e/camera-dark-1280x720.y4m"));
// Specs with a browser of their own (a refused camera, a dark one): the default project leaves them out.
const NO_CAMERA = /no-camera[\w-]*\.spec\.ts/;
const DARK_CAMERA = /dark-camera\.spec\.ts/;
// Needs tracing on, which only the production start against an external PostgreSQL runs with (playwright.external.config.ts).
const TRACES = /traces\.spec\.ts/;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: ".data/reports/playwright.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      testIgnore: [NO_CAMERA, DARK_CAMERA, TRACES],
      use: {
        ...devices["Desktop Chrome"],
        // A camera that plays the clip, already allowed for the page (no primer; e2e/camera-primer.spec.ts revokes it).
        permissions: ["camera"],
        launchOptions: {
          executablePath,
          args: [...args, ...cameraArgs(camera)],
        },
      },
    },
    {
      name: "chromium-dark-camera",
      testMatch: DARK_CAMERA,
      use: {
        ...devices["Desktop Chrome"],
        // A camera in a dim room: the live hints speak up.
        permissions: ["camera"],
        launchOptions: { executablePath, args: [...args, ...cameraArgs(darkCamera)] },
      },
    },
    {
      name: "chromium-camera-denied",
      testMatch: NO_CAMERA,
      use: {
        ...devices["Desktop Chrome"],
        // A camera the user refuses: every request for it is answered NotAllowedError.
        launchOptions: {
          executablePath,
          args: [...args, "--use-fake-ui-for-media-stream=deny", "--use-fake-device-for-media-stream"],
        },
      },
    },
  ],
  webServer: {
    // The whole stack, as `npm start` runs it, on the test database.
    command: "node --import tsx scripts/stack.ts start --test",
    url: `${baseURL}/api/health`,
    // PDFs on, as Veriff enables them per integration, so the PDF paths are tested too; an integrator's key;
    // one site allowed to frame capture links (e2e/security-headers.spec.ts, e2e/embed.spec.ts) and one
    // that returnUrls may point at (e2e/return-url.spec.ts).
    env: {
      PORT: String(env.E2E_PORT),
      EMULATOR_PDF_ENABLED: "true",
      APP_API_KEYS: INTEGRATOR_KEY,
      METRICS_TOKEN,
      APP_EMBED_ORIGINS: EMBEDDING_ORIGIN,
      APP_RETURN_ORIGINS: RETURN_ORIGIN,
      // Behind one proxy hop: each test sends its own X-Forwarded-For (e2e/support/test.ts).
      TRUSTED_PROXY_HOPS: "1",
      // An integrator's brand on the capture pages (e2e/brand.spec.ts).
      APP_BRAND_NAME: BRAND.name,
      APP_BRAND_LOGO: BRAND.logo,
      APP_BRAND_COLOR: BRAND.color,
    },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    // SIGTERM lets the launcher stop the app and the database in order.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
