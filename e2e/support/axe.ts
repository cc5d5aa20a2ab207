// Accessibility, measured: axe-core run on the page as it stands, against the
// WCAG 2.0, 2.1 and 2.2 A and AA rules. A test fails on any violation, named
// with the elements it found it on, so the message says what to fix.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** No violation on this page; `screen` names it in the failure. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes
        .map((node) => `    ${node.target.join(" ")}: ${node.failureSummary?.replace(/\s+/g, " ")}`)
        .join("\n")}`,
  );
  expect(violations, `axe on ${screen}`).toEqual([]);
  // A run that looked at nothing would pass too: it must have checked the page's text and controls.
  expect(results.passes.length, `axe checks on ${screen}`).toBeGreaterThan(10);
}
