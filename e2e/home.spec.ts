import { expect, test } from "./support/test";

test("the home page says what the product is and leads to both entry points", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Verify your identity in about two minutes");
  await expect(page.getByText("A self-hosted capture front-end for Veriff identity verification")).toBeVisible();

  await page.getByRole("link", { name: "Start a verification" }).click();
  await expect(page).toHaveURL(/\/verify$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Verify your identity");
  await expect(page.getByRole("button", { name: "Start" })).toBeVisible();

  await page.goto("/");
  await page.getByRole("link", { name: "Staff sign-in" }).click();
  await expect(page).toHaveURL(/\/staff\/sign-in$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Staff sign-in");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
});

test("the home page fits a 360 px phone screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  const primary = page.getByRole("link", { name: "Start a verification" });
  expect((await primary.boundingBox())?.height).toBeGreaterThanOrEqual(44);
});

test("pages carry the security headers and allow the camera for this origin only", async ({ request }) => {
  const response = await request.get("/");
  expect(response.headers()).toMatchObject({
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "permissions-policy": "camera=(self), microphone=(), geolocation=()",
  });
  expect(response.headers()["x-powered-by"]).toBeUndefined();
});
