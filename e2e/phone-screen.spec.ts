// The capture flow on a 360 px phone screen: every screen fits without
// sideways scrolling, and every button is a comfortable touch target.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { captureStep } from "./support/camera-steps";
import { startCheck } from "./support/check";

test.use({ viewport: { width: 360, height: 740 } });

async function expectFitsAndTouchable(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  // Buttons, and the labels that stand for the hidden file inputs.
  for (const target of await page.locator("button:visible, label:has(input[type=file]):visible").all()) {
    const box = await target.boundingBox();
    const name = (await target.getAttribute("aria-label")) ?? (await target.textContent());
    expect(Math.min(box!.width, box!.height), `the touch target of "${name}"`).toBeGreaterThanOrEqual(44);
  }
}

test("every screen of a check fits a 360 px phone and keeps its buttons at least 44 px", async ({ page, request }) => {
  test.setTimeout(90_000);
  await startCheck(page, request, "Passport");
  await expectFitsAndTouchable(page);
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("button", { name: "Take 2 photos" })).toBeEnabled({ timeout: 20_000 });
  await expectFitsAndTouchable(page);
  await captureStep(page, "Photo page of your passport", 0, 2);
  await captureStep(page, "Take a selfie", 1, 2);
  await expect(page.getByRole("heading", { name: "Check your photos" })).toBeVisible();
  await expectFitsAndTouchable(page);
  await page.getByRole("button", { name: "Send for checking" }).click();
  await expect(page.getByRole("heading", { name: "We are checking your document" })).toBeVisible();
  await expectFitsAndTouchable(page);
});
