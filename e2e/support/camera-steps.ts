import { expect, type FrameLocator, type Page } from "@playwright/test";

/** Takes each step's frames with the fake camera and moves on, checking the step indicator on the way. `page`: or the frame the capture page is shown in. */
export async function captureSteps(page: Page | FrameLocator, titles: string[]) {
  for (const [index, title] of titles.entries()) await captureStep(page, title, index, titles.length);
}

export async function captureStep(page: Page | FrameLocator, title: string, index: number, total: number) {
  await expect(page.getByRole("heading", { name: title })).toBeFocused();
  await expect(page.getByText(`Step ${index + 1} of ${total}`)).toBeVisible();
  await page.getByRole("button", { name: "Take 2 photos" }).click({ timeout: 20_000 });
  await expect(page.getByText("✓ Sent")).toHaveCount(2, { timeout: 20_000 });
  await page.getByRole("button", { name: "Continue", exact: true }).click();
}
