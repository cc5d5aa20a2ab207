// Accessibility, measured, where the camera is refused (this project's browser
// denies it): the problem, the way to re-allow it and the other ways forward
// pass axe-core in English and in Arabic, on a 360 px wide screen.
import { copyFor, LOCALE_COOKIE } from "../lib/i18n/locale";
import { expectAccessible } from "./support/axe";
import { startCheck } from "./support/check";
import { expect, test } from "./support/test";

test.use({ viewport: { width: 360, height: 780 } });

for (const locale of ["en", "ar"] as const) {
  test(`the refused camera's screen is accessible in ${locale}`, async ({ page, request, context, baseURL }) => {
    const copy = copyFor(locale);
    await startCheck(page, request, "Passport");
    await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL! }]);
    await page.reload();
    await page.getByRole("button", { name: copy.intro.start }).click();
    await page.getByRole("button", { name: copy.primer.allow }).click();
    await expect(page.getByRole("alert").filter({ hasText: copy.cameraProblems.camera_denied.title })).toBeVisible();
    await expectAccessible(page, `${locale}: camera refused`);
  });
}
