// How the suite launches Chromium: the projects in playwright.config.ts, and
// specs that launch a browser of their own with a camera clip of their own
// (e2e/auto-capture.spec.ts).
import fs from "node:fs";
import { launcherEnv } from "../../lib/env";
import { INSECURE_HOST } from "./check";

// Debian's Chromium when present (browser downloads fail on machines without
// internet), CHROMIUM_PATH to override, Playwright's own browser otherwise.
export const executablePath =
  launcherEnv().CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
  "--no-default-browser-check",
  // No lookups outside this machine: everything under test is local. insecure.test
  // reaches the app over plain http under a name that is not localhost, which
  // browsers treat as an insecure page (no camera API at all).
  `--host-resolver-rules=MAP ${INSECURE_HOST} 127.0.0.1 , MAP * ~NOTFOUND , EXCLUDE 127.0.0.1`,
];

/** A fake camera that plays `clip` (a Y4M file, e2e/support/fake-camera.ts). */
export const cameraArgs = (clip: string) => [
  "--use-fake-ui-for-media-stream",
  "--use-fake-device-for-media-stream",
  `--use-file-for-fake-video-capture=${clip}`,
];
