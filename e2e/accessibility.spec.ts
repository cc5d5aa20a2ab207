// Accessibility, measured: axe-core (WCAG 2.2 A and AA rules) finds nothing on
// any capture screen, in English and in Arabic (right to left), on a 360 px
// wide phone screen; nor on the staff console's screens. The capture camera is
// not yet allowed here, so the primer shows; the file-upload step is visited on
// the way, as a user who chose "Upload photos instead" and came back sees it.
import { png } from "../emulator/test/harness";
import { copyFor, LOCALE_COOKIE, type Locale } from "../lib/i18n/locale";
import { expectAccessible } from "./support/axe";
import { INTEGRATOR_KEY } from "./support/check";
import { signIn, staffCreate } from "./support/staff";
import { expect, test } from "./support/test";

test.use({ permissions: [], viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

for (const locale of ["en", "ar"] as const satisfies Locale[]) {
  test(`every capture screen is accessible in ${locale} at 360 px`, async ({ page, context, baseURL }) => {
    test.setTimeout(120_000);
    const copy = copyFor(locale);
    await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL! }]);

    await page.goto("/capture/not-a-real-link");
    await expect(page.getByRole("heading", { name: copy.link.invalid })).toBeVisible();
    await expectAccessible(page, `${locale}: a link that does not work`);

    await page.goto("/verify");
    await expect(page.getByRole("heading", { name: copy.start.title, level: 1 })).toBeVisible();
    await expectAccessible(page, `${locale}: start page`);
    await page.getByRole("radio", { name: copy.start.checks.none.label, exact: true }).check();
    await page.getByLabel(copy.start.firstName).fill("Mari");
    await page.getByLabel(copy.start.lastName).fill("Maasikas");
    await page.getByLabel(copy.start.documents.PASSPORT.label).check();
    await page.getByLabel(copy.start.country).selectOption("EE");
    await page.getByRole("checkbox", { name: copy.start.consent }).check();
    await page.getByRole("button", { name: copy.start.submit }).click();
    await expect(page).toHaveURL(/\/capture\/[\w-]{43}$/);

    await expect(page.getByRole("heading", { name: copy.intro.title })).toBeFocused();
    await expectAccessible(page, `${locale}: capture intro`);
    await page.getByRole("button", { name: copy.intro.start }).click();

    await expect(page.getByRole("heading", { name: copy.primer.title })).toBeFocused();
    await expectAccessible(page, `${locale}: camera primer`);
    await page.getByRole("button", { name: copy.primer.uploadInstead }).click();
    await expect(page.getByLabel(copy.steps.choosePhoto)).toBeAttached();
    await expectAccessible(page, `${locale}: upload a photo`);
    await page.getByLabel(copy.steps.choosePhoto).setInputFiles({
      name: "passport.png",
      mimeType: "image/png",
      buffer: png(1000, 700),
    });
    await expect(page.getByText(copy.tray.sent)).toHaveCount(1, { timeout: 20_000 });
    await expectAccessible(page, `${locale}: an uploaded photo`);
    await page.getByRole("button", { name: copy.steps.next, exact: true }).click();

    // The selfie is live: the browser's camera prompt (answered by the test browser).
    await expect(page.getByRole("heading", { name: copy.steps.face.title })).toBeFocused();
    await expect(page.getByRole("button", { name: copy.camera.take(2) })).toBeEnabled({ timeout: 20_000 });
    await expectAccessible(page, `${locale}: selfie camera`);
    await page.getByRole("button", { name: copy.camera.take(2) }).click();
    await expect(page.getByText(copy.tray.sent)).toHaveCount(2, { timeout: 20_000 });
    await expectAccessible(page, `${locale}: selfie taken`);
    await page.getByRole("button", { name: copy.steps.next, exact: true }).click();

    await expect(page.getByRole("heading", { name: copy.review.title })).toBeFocused();
    await expectAccessible(page, `${locale}: check your photos`);
    await page.getByRole("button", { name: copy.review.send }).click();
    await expect(page.getByRole("heading", { name: copy.status.submitted.title })).toBeVisible({ timeout: 20_000 });
    await expectAccessible(page, `${locale}: status`);
    // The emulator decides (approves Mari Maasikas): the decision's screen, said with an icon and words.
    await expect(page.getByRole("heading", { name: copy.status.approved.title })).toBeVisible({ timeout: 30_000 });
    await expectAccessible(page, `${locale}: approved`);
  });
}

test.describe("in the dark colour scheme", () => {
  // The brand colour's lighter shade for dark backgrounds (lib/brand/brand-palette.ts) is measured here too.
  test.use({ colorScheme: "dark" });

  for (const locale of ["en", "ar"] as const satisfies Locale[]) {
    test(`a capture link's first screen and the camera primer are accessible in ${locale}`, async ({
      page,
      request,
    }) => {
      const copy = copyFor(locale);
      const created = await request.post("/api/sessions", {
        headers: { authorization: `Bearer ${INTEGRATOR_KEY}` },
        data: { document: { type: "ID_CARD", country: "EE" }, language: locale },
      });
      expect(created.status()).toBe(201);
      await page.goto(new URL((await created.json()).captureUrl).pathname);
      await expect(page.getByRole("heading", { name: copy.intro.title })).toBeFocused();
      await expectAccessible(page, `${locale}, dark: capture intro`);
      await page.getByRole("checkbox", { name: copy.start.consent }).check();
      await page.getByRole("button", { name: copy.intro.start }).click();
      await expect(page.getByRole("heading", { name: copy.primer.title })).toBeFocused();
      await expectAccessible(page, `${locale}, dark: camera primer`);
    });
  }
});

test("the staff console's screens are accessible at 360 px", async ({ page, request }) => {
  test.setTimeout(90_000);
  // A session of this test's own, so that the list has a row and a detail to open.
  const created = await request.post("/api/sessions", {
    headers: { authorization: `Bearer ${INTEGRATOR_KEY}` },
    data: { document: { type: "PASSPORT", country: "EE" } },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const admin = { email: `a11y-${Date.now()}@example.com`, password: "a11y-password-0123" };
  await staffCreate(admin.email, "admin", admin.password);
  await page.goto("/staff/sign-in");
  await expectAccessible(page, "staff sign-in");
  await signIn(page, admin);
  await expectAccessible(page, "staff sessions");
  await page.goto(`/staff/sessions/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Session");
  await expectAccessible(page, "staff session detail");
  for (const [path, heading] of [
    ["/staff/team", "Team"],
    ["/staff/audit", "Audit log"],
    ["/staff/webhooks", "Webhooks"],
    ["/staff/integrator-webhooks", "Webhooks"],
    ["/staff/bulk", "Bulk batches"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
    await expectAccessible(page, `staff ${path}`);
  }
});
