import fs from "node:fs";
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { fillStartForm, startCheck } from "./support/check";
import { signIn, staffCreate } from "./support/staff";
import { expect, test } from "./support/test";

// Staff accounts are made as an operator makes them: `npm run staff:create` (e2e/support/staff.ts).
const run = randomUUID().slice(0, 8);
const admin = { email: `admin-${run}@example.com`, password: "admin-password-0123" };
const agent = { email: `agent-${run}@example.com`, password: "agent-password-0123" };

test.beforeAll(async () => {
  await staffCreate(admin.email, "admin", admin.password);
  await staffCreate(agent.email, "agent", agent.password);
});

/** Starts a passport verification on the self-serve page; returns the capture page's path. */
async function startVerification(page: Page): Promise<string> {
  await page.goto("/verify");
  await fillStartForm(page, "Passport");
  await expect(page).toHaveURL(/\/capture\/[\w-]{43}$/);
  return new URL(page.url()).pathname;
}

async function captureAndSubmit(page: Page) {
  await page.getByRole("button", { name: "Start" }).click();
  for (const title of ["Photo page of your passport", "Take a selfie"]) {
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
    await page.getByRole("button", { name: "Take 2 photos" }).click({ timeout: 20_000 });
    await expect(page.getByText("✓ Sent")).toHaveCount(2, { timeout: 20_000 });
    await page.getByRole("button", { name: "Continue", exact: true }).click();
  }
  await page.getByRole("button", { name: "Send for checking" }).click();
  await expect(page.getByRole("heading", { name: "We are checking your document" })).toBeVisible();
}

/** Opens the newest session in the list (the one this test just started). */
async function openNewestSession(page: Page) {
  await page.goto("/staff");
  await page.getByRole("row").nth(1).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Session");
}

test("a signed-out visitor is sent to sign in, and the staff API answers 401", async ({ page, request }) => {
  for (const path of ["/staff", "/staff/team", `/staff/sessions/${randomUUID()}`, "/staff/webhooks"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/staff\/sign-in\?next=/);
    await expect(page.getByRole("heading", { name: "Staff sign-in" })).toBeVisible();
  }
  const api = await request.get(`/api/staff/sessions/${randomUUID()}/version`);
  expect([api.status(), (await api.json()).error.code]).toEqual([401, "not_signed_in"]);

  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill("not-the-password-at-all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("The email or password is wrong.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(admin.email);

  // Signed in, the visitor lands on the page first asked for.
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/staff\/webhooks$/);
  await expect(page.getByRole("heading", { name: "Webhooks needing attention" })).toBeVisible();
});

test("an admin follows a session live to its decision, views an image and personal data, and issues a new link", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const endUser = await browser.newPage();
  await startVerification(endUser);
  await captureAndSubmit(endUser);

  const page = await browser.newPage();
  await signIn(page, admin);
  await openNewestSession(page);
  // The emulator decides a few seconds after the submit; its webhook updates the open page by itself.
  await expect(page.getByText("Veriff decision: approved")).toBeVisible({ timeout: 30_000 });
  const timeline = page.getByRole("list", { name: "Timeline" });
  for (const entry of [
    "Session created",
    "Agreed to the processing",
    "Photo accepted: document-front-pre",
    "Photo accepted: face",
    "Submitted for checking",
    "Veriff: the end-user submitted",
  ]) {
    await expect(timeline.getByText(entry, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Approved");

  // Images come from Veriff only when asked for, and open larger.
  await expect(page.getByRole("img")).toHaveCount(0);
  await page.getByRole("button", { name: "Show images" }).click();
  const thumbnail = page.getByRole("img", { name: "Upload document-front", exact: true });
  await expect(thumbnail).toBeVisible();
  await expect.poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1920);
  await thumbnail.click();
  await expect(page.getByRole("img", { name: "Upload document-front, full size" })).toBeVisible();
  await page.getByRole("button", { name: "Close" }).click();

  await page.getByRole("button", { name: "Show personal data and raw webhooks" }).click();
  await expect(page.getByText("Raw webhook: decision", { exact: false })).toBeVisible();

  // Both views are in the audit log, with who looked.
  await page.goto("/staff/audit");
  const rows = page.getByRole("row").filter({ hasText: admin.email });
  await expect(rows.filter({ hasText: "Viewed an image" }).first()).toBeVisible();
  await expect(rows.filter({ hasText: "Viewed personal data" })).toHaveCount(1);

  // A session still waiting for photos gets a new link; the old one stops working.
  const oldLink = await startVerification(endUser);
  await openNewestSession(page);
  await page.getByRole("button", { name: "New capture link" }).click();
  const newLink = await page.getByTestId("new-capture-link").textContent();
  expect(newLink).toMatch(/\/capture\/[\w-]{43}$/);
  await expect(page.getByRole("list", { name: "Timeline" }).getByText("New capture link issued")).toBeVisible();
  await endUser.goto(new URL(newLink!).pathname);
  await expect(endUser.getByRole("heading", { name: "Let's check your identity" })).toBeVisible();
  await endUser.goto(oldLink);
  await expect(endUser.getByRole("heading", { name: "This link does not work" })).toBeVisible();

  // Deleting asks first, then the session is gone.
  const sessionUrl = page.url();
  await page.getByRole("button", { name: "Delete…" }).click();
  await page.getByRole("button", { name: "Delete session" }).click();
  await expect(page).toHaveURL(/\/staff$/);
  expect((await page.goto(sessionUrl))?.status()).toBe(404);
});

test("an end-user's PDF is saved as a file by staff, never opened in a tab of the console", async ({
  browser,
  request,
}) => {
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
  const endUser = await browser.newPage();
  await startCheck(endUser, request, null, { check: "My address only" });
  await endUser.getByRole("button", { name: "Start" }).click();
  await endUser
    .getByLabel("Upload a photo or PDF instead")
    .setInputFiles({ name: "bill.pdf", mimeType: "application/pdf", buffer: pdf });
  await endUser.getByRole("button", { name: "Send this document" }).click();
  await expect(endUser.getByText("✓ Sent")).toHaveCount(1);

  const page = await browser.newPage();
  await signIn(page, admin);
  await openNewestSession(page);
  await page.getByRole("button", { name: "Show images" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download PDF" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^address-front-[0-9a-f]{8}\.pdf$/);
  expect(fs.readFileSync((await download.path())!).equals(pdf)).toBe(true);
  // No tab was opened for it (each newPage has a context of its own).
  expect(page.context().pages()).toEqual([page]);
});

test("an agent reads sessions but cannot delete, manage staff or read the audit log", async ({ page }) => {
  await startVerification(page);
  await signIn(page, agent);
  await expect(page.getByRole("link", { name: "Team" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  await openNewestSession(page);
  await expect(page.getByRole("button", { name: "Refresh from Veriff" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete…" })).toHaveCount(0);
  for (const path of ["/staff/team", "/staff/audit"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  }
});
