// The camera refused (this project's browser denies it): "Continue on your
// phone" hands the check over with this page's own link, as a QR code and as
// text to copy, and this page follows once the other device has sent it.
import { expect, test } from "@playwright/test";
import { png } from "../emulator/test/harness";
import { startCheck } from "./support/check";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("camera refused: continue on your phone shows this page's link as a QR code and as copyable text, then follows the phone", async ({ page, request }) => {
  test.setTimeout(60_000);
  const { token } = await startCheck(page, request, "Passport");
  await page.getByRole("button", { name: "Start" }).click();
  // On a computer the primer already offers the phone.
  await expect(page.getByRole("button", { name: "Continue on your phone" })).toBeVisible();
  await page.getByRole("button", { name: "Allow camera" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Camera access is blocked" })).toBeVisible();

  const handoff = page.getByRole("button", { name: "Continue on your phone" });
  await expect(handoff).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByLabel("Link to this page")).toHaveCount(0);
  await handoff.click();
  await expect(handoff).toHaveAttribute("aria-expanded", "true");

  const qr = page.getByRole("img", { name: "QR code of the link to this page" });
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((element) => element.tagName)).toBe("svg");
  const link = page.getByLabel("Link to this page");
  await expect(link).toHaveValue(page.url());
  expect(page.url()).toMatch(new RegExp(`/capture/${token}$`));
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

  // The phone sends the photos and the check: this page moves on to the status by itself.
  for (const [context, image] of [["document-front", png(1000, 700)], ["face", png(900, 1200)]] as const) {
    const sent = await request.post(`/api/capture/${token}/frames?context=${context}&source=file`, { headers: { "content-type": "image/png" }, data: image });
    expect(sent.status()).toBe(201);
  }
  expect((await request.post(`/api/capture/${token}/submit`)).ok()).toBe(true);
  // The emulator decides 3 s after the submit, so the first poll may find the check already decided.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/We are checking your document|You are verified/, { timeout: 15_000 });
  await expect(page.getByText("Camera access is blocked")).toHaveCount(0);
});
