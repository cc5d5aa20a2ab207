// The camera refused (this project's browser denies it): "Continue on your
// phone" hands the check over with its link as the app makes it (APP_BASE_URL),
// as a QR code and as text to copy, and this page follows once the other
// device has sent it.
import { createHash } from "node:crypto";
import { expect, test } from "./support/test";
import { png } from "../emulator/test/harness";
import { query, testDatabaseUrl } from "../scripts/test-support/database";
import { launcherEnv } from "../lib/env";
import { startCheck } from "./support/check";

// The e2e app's APP_BASE_URL is unset: its links are on localhost, while the tests open 127.0.0.1.
const linkBase = `http://localhost:${launcherEnv().E2E_PORT}`;

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("camera refused: continue on your phone shows the check's link as a QR code and as copyable text, then follows the phone", async ({
  page,
  request,
}) => {
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
  // The link the app made, not the address this page was opened under.
  const link = page.getByLabel("Link to this page");
  await expect(link).toHaveValue(`${linkBase}/capture/${token}`);
  expect(page.url()).not.toContain(linkBase);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${linkBase}/capture/${token}`);

  // The phone sends the photos and the check: this page moves on to the status by itself.
  for (const [context, image] of [
    ["document-front", png(1000, 700)],
    ["face", png(900, 1200)],
  ] as const) {
    const sent = await request.post(`/api/capture/${token}/frames?context=${context}&source=file`, {
      headers: { "content-type": "image/png" },
      data: image,
    });
    expect(sent.status()).toBe(201);
  }
  expect((await request.post(`/api/capture/${token}/submit`)).ok()).toBe(true);
  // The emulator decides 3 s after the submit, so the first poll may find the check already decided.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/We are checking your document|You are verified/, {
    timeout: 15_000,
  });
  await expect(page.getByText("Camera access is blocked")).toHaveCount(0);
});

test("a link that expires while the handoff is open: the page stops following it and says so", async ({
  page,
  request,
}) => {
  const { token } = await startCheck(page, request, "Passport");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("button", { name: "Allow camera" }).click();
  // The refusal replaces the camera step and its own "Continue on your phone": open the one that stays.
  await expect(page.getByRole("alert").filter({ hasText: "Camera access is blocked" })).toBeVisible();
  await page.getByRole("button", { name: "Continue on your phone" }).click();
  await expect(page.getByLabel("Link to this page")).toBeVisible();

  const tokenHash = createHash("sha256").update(token).digest("hex");
  await query(
    testDatabaseUrl(),
    "update verification_sessions set capture_token_expires_at = now() - interval '1 second' where capture_token_hash = $1",
    [tokenHash],
  );
  await expect(page.getByRole("heading", { name: "This link has expired" })).toBeVisible({ timeout: 15_000 });
});
