// Inside an app's own browser (here Instagram's on an iPhone, then Facebook's
// on Android, told apart by their user agents), the page says how to open it
// in the phone's browser before it asks for the camera, with the link to copy
// and the handoff; the camera can still be tried there.
import { copyFor } from "../lib/i18n/locale";
import { expectAccessible } from "./support/axe";
import { INTEGRATOR_KEY, startCheck } from "./support/check";
import { expect, test } from "./support/test";

const INSTAGRAM_IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 335.0.3.20.83 (iPhone15,2; iOS 17_5; en_US; en; scale=3.00; 1179x2556; 613510478)";
const FACEBOOK_ANDROID =
  "Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/UQ1A.240205.004; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.122 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/470.0.0.40.99;]";

test.describe("Instagram on an iPhone", () => {
  test.use({
    userAgent: INSTAGRAM_IPHONE,
    permissions: ["clipboard-read", "clipboard-write"],
    viewport: { width: 390, height: 844 },
    hasTouch: true,
  });

  test("gets the advice to open Safari before the camera is asked for, can copy the link, and can still try the camera", async ({
    page,
    request,
  }) => {
    const { token } = await startCheck(page, request, "Passport");
    await page.getByRole("button", { name: "Start" }).click();

    await expect(page.getByRole("heading", { name: "Open this page in your browser" })).toBeFocused();
    await expect(page.getByText("You opened this link inside Instagram.")).toBeVisible();
    const steps = page.getByRole("listitem");
    await expect(steps).toHaveText([
      "Tap the ⋯ button at the top right of the screen.",
      "Choose “Open in Safari” or “Open in browser”.",
      "The page opens there: continue with your photos.",
    ]);
    // Not asked for yet: the primer's own button is not there, the camera is not running.
    await expect(page.getByRole("button", { name: "Allow camera" })).toHaveCount(0);
    await expect(page.locator("video")).toHaveCount(0);
    await expectAccessible(page, "in-app advice");

    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByText("Link copied.")).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname).toBe(`/capture/${token}`);
    await expect(page.getByLabel("Link to this page")).toHaveValue(copied);
    // The handoff to another device (its QR code) is there too.
    await page.getByRole("button", { name: /Continue on (another device|your phone)/ }).click();
    await expect(page.getByRole("img", { name: "QR code of the link to this page" })).toBeVisible();

    await page.getByRole("button", { name: "Try the camera here anyway" }).click();
    await expect(page.getByRole("heading", { name: "Photo page of your passport" })).toBeFocused();
    await expect(page.getByRole("button", { name: "Take 2 photos" })).toBeEnabled({ timeout: 20_000 });
  });
});

test.describe("Facebook on Android, in Arabic", () => {
  // The camera not allowed yet: the advice comes where the primer would (a webview that has allowed it needs none).
  test.use({ userAgent: FACEBOOK_ANDROID, permissions: [], viewport: { width: 360, height: 780 }, hasTouch: true });

  test("gets the steps for Chrome in its own language, and can upload photos instead", async ({ page, request }) => {
    const copy = copyFor("ar");
    // The integrator's link, in Arabic: the consent is asked on its first screen.
    const created = await request.post("/api/sessions", {
      headers: { authorization: `Bearer ${INTEGRATOR_KEY}` },
      data: { document: { type: "PASSPORT", country: "EE" }, language: "ar" },
    });
    expect(created.status()).toBe(201);
    await page.goto(new URL((await created.json()).captureUrl).pathname);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await page.getByRole("checkbox", { name: copy.start.consent }).check();
    await page.getByRole("button", { name: copy.intro.start }).click();
    await expect(page.getByRole("heading", { name: copy.inApp.title })).toBeFocused();
    await expect(page.getByText(copy.inApp.text("Facebook", "Chrome"))).toBeVisible();
    await expect(page.getByRole("listitem").first()).toHaveText(copy.inApp.menu.kebab);
    await expect(page.getByRole("listitem").nth(1)).toHaveText(copy.inApp.choose("Chrome"));
    await expectAccessible(page, "in-app advice in Arabic");
    await page.getByRole("button", { name: copy.primer.uploadInstead }).click();
    await expect(page.getByLabel(copy.steps.choosePhoto)).toBeAttached();
  });
});
