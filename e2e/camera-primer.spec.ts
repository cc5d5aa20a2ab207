// The primer before the browser's camera prompt, for a page that has not been
// allowed the camera yet (this file revokes the project's camera permission).
import { expect, test } from "./support/test";
import { startCheck } from "./support/check";

test.use({ permissions: [] });

test("the primer explains the camera, then the browser's answer opens the capture step", async ({ page, request }) => {
  await startCheck(page, request, "Passport");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { name: "Allow the camera" })).toBeFocused();
  await expect(page.getByText("We do not keep them.")).toBeVisible();
  // Uploading instead, then back to the camera: the primer again, as nothing was allowed yet.
  await page.getByRole("button", { name: "Upload photos instead" }).click();
  await expect(page.getByLabel("Choose a photo")).toBeAttached();
  await page.getByRole("button", { name: "Use the camera instead" }).click();
  await page.getByRole("button", { name: "Allow camera" }).click();

  await expect(page.getByRole("heading", { name: "Photo page of your passport" })).toBeFocused();
  await expect(page.getByText("Step 1 of 2")).toBeVisible();
  // The camera delivers a picture: the shutter is ready.
  await expect(page.getByRole("button", { name: "Take 2 photos" })).toBeEnabled({ timeout: 20_000 });
});
