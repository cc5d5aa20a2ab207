// An integrator's returnUrl: after the photos are sent the capture page offers
// the way back, announces a countdown the end-user can stop, and goes back by
// itself with the session and its status. A returnUrl on an origin outside
// APP_RETURN_ORIGINS is refused when the session is created.
import { captureSteps } from "./support/camera-steps";
import { emulatedSessions, INTEGRATOR_KEY, RETURN_ORIGIN, STRANGER_ORIGIN } from "./support/check";
import { hostSite } from "./support/host-site";
import { expect, test } from "./support/test";

const COUNTDOWN_MS = 20_000;

test("returnUrl brings the end-user back with the session and its status, after a countdown they can stop", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const shop = await hostSite(
    RETURN_ORIGIN,
    (url) => `<!doctype html><title>Shop</title><h1>Welcome back</h1><p>${url.search.length}</p>`,
  );
  try {
    const created = await request.post("/api/sessions", {
      headers: { authorization: `Bearer ${INTEGRATOR_KEY}` },
      data: { document: { type: "PASSPORT", country: "EE" }, returnUrl: `${RETURN_ORIGIN}/kyc/done?ref=e2e#top` },
    });
    expect(created.status()).toBe(201);
    const { id, captureUrl } = await created.json();
    const back = (status: string) => `${RETURN_ORIGIN}/kyc/done?ref=e2e&session=${id}&status=${status}#top`;

    await page.goto(new URL(captureUrl).pathname);
    await page.getByLabel(/I agree to the processing/).check();
    await page.getByRole("button", { name: "Start" }).click();
    await captureSteps(page, ["Photo page of your passport", "Take a selfie"]);
    await page.getByRole("button", { name: "Send for checking" }).click();
    await expect(page.getByRole("heading", { name: "We are checking your document" })).toBeVisible();

    // Offered at once, counting down, said once to screen readers; stopped, it says so and keeps the way back in focus.
    const link = page.getByRole("link", { name: `Back to ${new URL(RETURN_ORIGIN).host}` });
    await expect(link).toBeVisible();
    await expect(page.getByRole("timer")).toHaveText(/^Taking you back in \d+ s\.$/);
    await expect(page.getByRole("status").filter({ hasText: "You will be taken back" })).toHaveText(
      `You will be taken back to ${new URL(RETURN_ORIGIN).host} in 20 seconds. Choose "Stay on this page" to stay.`,
    );
    await page.getByRole("button", { name: "Stay on this page" }).click();
    const stoppedAt = Date.now();
    await expect(page.getByRole("timer")).toHaveCount(0);
    await expect(page.getByRole("status").filter({ hasText: "You stay on this page" })).toHaveText(
      "You stay on this page. Use the link to go back when you are ready.",
    );
    await expect(link).toBeFocused();

    // The decision arrives (the emulator's delay, its webhook, the page's poll): the way back says so.
    await expect(page.getByRole("heading", { name: "✓ You are verified" })).toBeVisible({ timeout: 30_000 });
    await expect(link).toHaveAttribute("href", back("approved"));
    // Past the end of the countdown that was stopped, the page is still here.
    await page.waitForTimeout(Math.max(0, stoppedAt + COUNTDOWN_MS + 1_000 - Date.now()));
    expect(new URL(page.url()).pathname).toBe(new URL(captureUrl).pathname);

    // Opened again, the countdown runs to its end and the page goes back by itself.
    await page.reload();
    await expect(page.getByRole("timer")).toBeVisible();
    await page.waitForURL(back("approved"), { timeout: COUNTDOWN_MS + 10_000 });
    await expect(page.getByRole("heading", { name: "Welcome back" })).toBeVisible();
    expect(shop.visits.map((visit) => visit.pathname + visit.search).filter((path) => path.startsWith("/kyc"))).toEqual(
      [`/kyc/done?ref=e2e&session=${id}&status=approved`],
    );
  } finally {
    await shop.close();
  }
});

test("a returnUrl on an origin outside APP_RETURN_ORIGINS is refused with 400 when the session is created", async ({
  request,
}) => {
  const before = (await emulatedSessions(request)).length;
  for (const returnUrl of [`${STRANGER_ORIGIN}/back`, "https://evil.example/back", "javascript:alert(1)"]) {
    const refused = await request.post("/api/sessions", {
      headers: { authorization: `Bearer ${INTEGRATOR_KEY}` },
      data: { document: { type: "PASSPORT", country: "EE" }, returnUrl },
    });
    expect(refused.status(), returnUrl).toBe(400);
    expect((await refused.json()).error.code, returnUrl).toBe(
      returnUrl.startsWith("javascript:") ? "invalid_request" : "return_url_not_allowed",
    );
  }
  expect((await emulatedSessions(request)).length).toBe(before);
});
