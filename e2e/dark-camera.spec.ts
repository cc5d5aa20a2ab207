// A camera in a dim room (this project's clip is a faint card on black): the
// live region says so, the shutter still works, and the photos taken while
// the hint showed are flagged as maybe hard to read.
import { expect, test } from "./support/test";
import { startCheck } from "./support/check";

test("in poor light the live hint says too dark, without holding the shutter back", async ({ page, request }) => {
  test.setTimeout(60_000);
  await startCheck(page, request, "Passport");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { name: "Photo page of your passport" })).toBeFocused();
  const shutter = page.getByRole("button", { name: "Take 2 photos" });
  await expect(shutter).toBeEnabled({ timeout: 20_000 });

  const hint = page.getByTestId("quality-hint");
  await expect(hint).toHaveAttribute("aria-live", "polite");
  await expect(hint).toHaveText("Too dark: find more light");
  // Nothing but the hint: one at a time.
  await expect(page.getByText("Hold still", { exact: true })).toHaveCount(0);

  await shutter.click();
  await expect(page.getByText("✓ Sent")).toHaveCount(2, { timeout: 20_000 });
  await expect(page.getByText("These photos may be hard to read. Retake them?")).toBeVisible();
  await expect(hint).toHaveText("Too dark: find more light");
});
