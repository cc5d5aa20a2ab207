// The suite's `test`: Playwright's, failing any test during which a page broke
// the Content-Security-Policy (proxy.ts), and coming from a client address of
// its own. Every spec imports it, so the whole suite proves the policy blocks
// nothing the app does.
import { createHash } from "node:crypto";
import { test as base, expect, type Browser, type BrowserContext, type Page, type TestInfo } from "@playwright/test";
import { AUTO_CAPTURE_STORAGE_KEY } from "../../lib/capture/browser/auto-capture";

export { expect };

const PREFIX = "CSP violation:";

// Runs in every page before its own scripts: the browser's own report of a violation, with what was blocked.
function reportViolations() {
  document.addEventListener("securitypolicyviolation", (event) =>
    console.error(
      `CSP violation: ${event.effectiveDirective} refused ${event.blockedURI || "inline code"} on ${event.documentURI.replace(/\/capture\/[\w-]+/, "/capture/<token>")}${event.sample ? ` (${event.sample})` : ""}`,
    ),
  );
}

/**
 * A client address of this test's own, in 198.18.0.0/15 (set aside for tests):
 * the stack runs behind one trusted proxy hop (TRUSTED_PROXY_HOPS=1, as in
 * production behind a load balancer), so per-address limits (the start page,
 * sign-in, capture) count one test's requests, as they would one person's.
 */
function testAddress(testInfo: TestInfo): string {
  const [a = 0, b = 0] = createHash("sha256").update(`${testInfo.testId}#${testInfo.retry}`).digest();
  return `198.${18 + (a & 1)}.${b}.${(a >> 1) + 1}`;
}

/**
 * Watches every context `browser` has and opens, the pages of the `page`
 * fixture's and the ones tests open themselves (browser.newPage()): CSP
 * violations go into `seen`; unless `autoCapture`, every page starts with the
 * capture page's auto-capture switched off. Returns a function that stops
 * watching new contexts.
 */
export function watchBrowser(browser: Browser, seen: string[], { autoCapture }: { autoCapture: boolean }): () => void {
  const watchPage = (page: Page) =>
    page.on("console", (message) => {
      const text = message.text();
      // Ours (above), and Chromium's own line ("Refused to … because it violates the following Content Security Policy directive: …").
      if (text.startsWith(PREFIX) || /Content Security Policy/i.test(text)) seen.push(text);
    });
  const watchContext = (context: BrowserContext) => {
    context.pages().forEach(watchPage);
    context.on("page", watchPage);
    // Chromium's console line is the backstop if a first page loads before this is in place.
    context.addInitScript(reportViolations).catch(() => {});
    if (!autoCapture) context.addInitScript(switchAutoCaptureOff, AUTO_CAPTURE_STORAGE_KEY).catch(() => {});
  };
  browser.contexts().forEach(watchContext);
  browser.on("context", watchContext);
  return () => browser.off("context", watchContext);
}

// Runs in every page before its own scripts: what the switch under the camera
// remembers when the user turns it off (components/capture/use-auto-capture-preference.ts).
function switchAutoCaptureOff(key: string) {
  try {
    localStorage.setItem(key, "off");
  } catch {
    // A page without storage (about:blank): no capture page either.
  }
}

export const test = base.extend<{ cspViolations: string[] }, { cspWatch: string[]; autoCapture: boolean }>({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, provide, testInfo) => {
    await provide({ ...extraHTTPHeaders, "x-forwarded-for": testAddress(testInfo) });
  },
  /**
   * Whether the capture page may take a document's photo by itself. Off for
   * the suite, switched off as an end-user does it (the preference the page
   * remembers in localStorage, written before any page script runs), so that
   * specs which click the shutter are never pre-empted: the default fake
   * camera's block stands still between its jumps now and then, long enough
   * for a countdown to begin. A spec about auto-capture opts in with
   * test.use({ autoCapture: true }) (it then runs in a worker of its own).
   */
  autoCapture: [false, { option: true, scope: "worker" }],
  // Every context the worker's browser opens: the `page` fixture's and the ones
  // tests open themselves (browser.newPage()). A spec that launches a browser of
  // its own watches it with watchBrowser and this list.
  cspWatch: [
    async ({ browser, autoCapture }, use) => {
      const seen: string[] = [];
      const stop = watchBrowser(browser, seen, { autoCapture });
      await use(seen);
      stop();
    },
    { scope: "worker", auto: true },
  ],
  /** This test's violations so far; a test that provokes some on purpose checks them and empties the list. */
  cspViolations: [
    async ({ cspWatch }, use) => {
      cspWatch.length = 0;
      await use(cspWatch);
      // Torn down after the test's pages and contexts: every report has arrived.
      expect(cspWatch, "the Content-Security-Policy refused something a page did").toEqual([]);
    },
    { auto: true },
  ],
});
