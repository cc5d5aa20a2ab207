// The live quality hints stay quiet for a good picture: the test camera's
// colour bars (whose block jumps between frames) must raise none, or every
// capture in this suite would be nagged. e2e/dark-camera.spec.ts proves the
// same region speaks up when the light is poor. Under the face oval, the face
// guidance rightly finds no face in colour bars (e2e/face-guidance.spec.ts
// shows it with faces), and says nothing else.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { startCheck } from "./support/check";
import { listen } from "./support/live-region";

test("a clear, steady picture raises no quality hint, under the passport guide or the face oval", async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  await startCheck(page, request, "Passport");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { name: "Photo page of your passport" })).toBeFocused();
  await takeWithHints(page, []);
  await expect(page.getByText(/may be hard to read/)).toHaveCount(0);
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Take a selfie" })).toBeFocused();
  // Once the model is ready (it loaded during the passport step), and only that.
  await expect(page.getByTestId("quality-hint")).toHaveText(NO_FACE, { timeout: 20_000 });
  await takeWithHints(page, [NO_FACE]);
  await expect(page.getByText("Your face may not be clear in these photos. Retake them?")).toBeVisible();
});

test("the upright page guide of a proof of address raises no hint either", async ({ page, request }) => {
  await startCheck(page, request, null, { check: "My address only" });
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { name: "Proof of address" })).toBeFocused();
  await takeWithHints(page, [], "Take photo", 1);
  await expect(page.getByRole("img", { name: "Your proof of address" })).toBeVisible();
  await expect(page.getByText(/may be hard to read/)).toHaveCount(0);
});

const NO_FACE = "No face found: look into the camera";

/** Watches the hint region for three seconds, expecting only `allowed` in it, then takes the step's photos. */
async function takeWithHints(page: Page, allowed: string[], shutterName = "Take 2 photos", frames = 2) {
  const shutter = page.getByRole("button", { name: shutterName, exact: true });
  await expect(shutter).toBeEnabled({ timeout: 20_000 });
  const hint = page.getByTestId("quality-hint");
  await expect(hint).toHaveAttribute("aria-live", "polite");
  // Three seconds of samples (four a second), every change of the region recorded: a hint that came and went is caught too.
  const shown = await listen(hint);
  await page.waitForTimeout(3_000);
  expect((await shown()).filter((text) => !allowed.includes(text))).toEqual([]);
  await shutter.click();
  await expect(page.getByRole("img", { name: /^(Photo: |Your proof of address)/ })).toHaveCount(frames, {
    timeout: 20_000,
  });
}
