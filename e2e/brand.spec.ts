// The integrator's brand on the capture pages, from settings alone (the e2e
// stack's APP_BRAND_NAME, APP_BRAND_LOGO and APP_BRAND_COLOR in
// playwright.config.ts): the name in the header and title, the logo served by
// the app with its exact type under a policy that runs nothing, the colour on
// primary buttons and focus rings, through a stylesheet of the app's own origin
// that the page's CSP lets in (the suite fails a test on any CSP violation).
import fs from "node:fs";
import { BRAND } from "./support/check";
import { expect, test } from "./support/test";

// #0f6e3f as the browser reports a computed colour.
const BRAND_RGB = "rgb(15, 110, 63)";

test("the logo and the colours are served with their exact types, sandboxed", async ({ request }) => {
  const style = await request.get("/api/brand/style.css");
  expect(style.status()).toBe(200);
  expect(style.headers()["content-type"]).toBe("text/css; charset=utf-8");
  const css = await style.text();
  expect(css).toMatch(/^:root\{--color-accent-50:#[0-9a-f]{6};/);
  expect(css).toContain("--color-accent-600:#0f6e3f;");

  const logo = await request.get("/api/brand/logo");
  expect(logo.status()).toBe(200);
  expect(logo.headers()["content-type"]).toBe("image/svg+xml");
  expect(logo.headers()["x-content-type-options"]).toBe("nosniff");
  expect(logo.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
  expect(Buffer.compare(await logo.body(), fs.readFileSync(BRAND.logo))).toBe(0);
});

test("the capture pages wear the brand: name, logo, title, buttons and focus rings", async ({ page }) => {
  await page.goto("/verify");
  await expect(page).toHaveTitle(`Verify your identity · ${BRAND.name}`);
  const header = page.locator("header");
  await expect(header.getByText(BRAND.name)).toBeVisible();
  const logo = header.getByRole("img", { name: BRAND.name });
  await expect(logo).toHaveAttribute("src", "/api/brand/logo");
  await expect.poll(() => logo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(64);

  // The colour reaches the page as a stylesheet of the app's own origin.
  await expect(page.locator('head link[rel="stylesheet"][href="/api/brand/style.css"]')).toHaveCount(1);
  const submit = page.getByRole("button", { name: "Start" });
  expect(await submit.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe(BRAND_RGB);
  // A focus ring in the brand's colour on the primary button, reached with the keyboard.
  await page.getByRole("checkbox", { name: /I agree to the processing/ }).focus();
  await page.keyboard.press("Tab");
  const focused = page.locator(":focus-visible");
  await expect(focused).toHaveText("Start");
  expect(await focused.evaluate((element) => getComputedStyle(element).outlineColor)).toBe(BRAND_RGB);
});

test("the staff console keeps the app's own look", async ({ page }) => {
  await page.goto("/staff/sign-in");
  await expect(page.locator('link[href="/api/brand/style.css"]')).toHaveCount(0);
  await expect(page.locator("header").getByText(BRAND.name)).toHaveCount(0);
});
