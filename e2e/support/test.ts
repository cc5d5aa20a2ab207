// The suite's `test`: Playwright's, failing any test during which a page broke
// the Content-Security-Policy (proxy.ts). Every spec imports it, so the whole
// suite proves the policy blocks nothing the app does.
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";

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

export const test = base.extend<{ cspViolations: string[] }, { cspWatch: string[] }>({
  // Every context the worker's browser opens: the `page` fixture's and the ones
  // tests open themselves (browser.newPage()).
  cspWatch: [
    async ({ browser }, use) => {
      const seen: string[] = [];
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
      };
      browser.contexts().forEach(watchContext);
      browser.on("context", watchContext);
      await use(seen);
      browser.off("context", watchContext);
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
