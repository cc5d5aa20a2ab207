// The suite's `test` with `cameraPage`: a page in a Chromium of its own whose
// fake camera plays a clip of the spec's (e2e/support/fake-camera.ts,
// face-camera.ts), launched as the suite launches Chromium and watched for CSP
// violations like every other browser in the suite.
import { chromium, type Browser, type Page } from "@playwright/test";
import { cameraArgs, CHROMIUM_ARGS, executablePath } from "./chromium";
import { test as base, watchBrowser } from "./test";

export { expect } from "./test";

export const test = base.extend<{ cameraPage: (clip: string) => Promise<Page> }>({
  /** A page whose camera plays `clip`, allowed for the page; its browser is closed before the CSP check. */
  cameraPage: async ({ cspViolations, autoCapture, baseURL, extraHTTPHeaders }, provide) => {
    const browsers: Browser[] = [];
    await provide(async (clip) => {
      const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...cameraArgs(clip)] });
      browsers.push(browser);
      watchBrowser(browser, cspViolations, { autoCapture });
      const context = await browser.newContext({ baseURL, extraHTTPHeaders, permissions: ["camera"] });
      return context.newPage();
    });
    for (const browser of browsers) await browser.close();
  },
});
