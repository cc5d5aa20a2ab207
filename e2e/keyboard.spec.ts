// The whole flow with the keyboard alone, through file uploads: every control
// is reached with Tab and worked with Enter, Space or typing; nothing is
// clicked. The camera is not yet allowed (the primer shows), the document is
// chosen as a file, the selfie is taken live with the shutter.
import type { Locator, Page } from "@playwright/test";
import { png } from "../emulator/test/harness";
import { expect, test } from "./support/test";

test.use({ permissions: [] });

/** Presses Tab until `target` has the focus: it must be reachable from the keyboard, in the page's order. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 60; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`not reachable with Tab: ${target}`);
}

test("a keyboard alone completes the check, a photo chosen as a file included", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/verify");
  await tabTo(page, page.getByRole("radio", { name: "My identity", exact: true }));
  await page.keyboard.press("Space");
  await expect(page.getByRole("radio", { name: "My identity", exact: true })).toBeChecked();
  await tabTo(page, page.getByLabel("First name"));
  await page.keyboard.type("Mari");
  await tabTo(page, page.getByLabel("Last name"));
  await page.keyboard.type("Maasikas");
  await tabTo(page, page.getByRole("radio", { name: "Passport" }));
  await page.keyboard.press("Space");
  await expect(page.getByRole("radio", { name: "Passport" })).toBeChecked();
  await tabTo(page, page.getByLabel("Issuing country"));
  // A select takes what is typed: the first country whose name starts so.
  await page.keyboard.type("Estonia");
  await expect(page.getByLabel("Issuing country")).toHaveValue("EE");
  await tabTo(page, page.getByRole("checkbox", { name: /I agree to the processing/ }));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Start" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/capture\/[\w-]{43}$/);

  await expect(page.getByRole("heading", { name: "Let's check your identity" })).toBeFocused();
  await tabTo(page, page.getByRole("button", { name: "Start" }));
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { name: "Allow the camera" })).toBeFocused();
  await tabTo(page, page.getByRole("button", { name: "Upload photos instead" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Photo page of your passport" })).toBeFocused();
  // The file input, dressed as a button: Space opens the system's file chooser.
  await tabTo(page, page.getByLabel("Choose a photo"));
  const chooser = page.waitForEvent("filechooser");
  await page.keyboard.press("Space");
  await (await chooser).setFiles({ name: "passport.png", mimeType: "image/png", buffer: png(1000, 700) });
  await expect(page.getByText("✓ Sent")).toHaveCount(1, { timeout: 20_000 });
  await tabTo(page, page.getByRole("button", { name: "Continue", exact: true }));
  await page.keyboard.press("Enter");

  // The selfie is taken live (the browser's camera prompt, answered by the test browser), with the shutter.
  await expect(page.getByRole("heading", { name: "Take a selfie" })).toBeFocused();
  const shutter = page.getByRole("button", { name: "Take 2 photos" });
  await expect(shutter).toBeEnabled({ timeout: 20_000 });
  await tabTo(page, shutter);
  await page.keyboard.press("Enter");
  await expect(page.getByText("✓ Sent")).toHaveCount(2, { timeout: 20_000 });
  await tabTo(page, page.getByRole("button", { name: "Continue", exact: true }));
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { name: "Check your photos" })).toBeFocused();
  await tabTo(page, page.getByRole("button", { name: "Send for checking" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "We are checking your document" })).toBeVisible({ timeout: 20_000 });
});
