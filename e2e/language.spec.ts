// The capture pages in the visitor's language: from the browser's preference,
// or the integrator's choice for the session, or chosen with the switcher,
// which wins over both and keeps what is already captured.
import { consentWording, copyFor, LOCALE_COOKIE, LOCALES, localeDirection, type Locale } from "../lib/i18n/locale";
import { query, testDatabaseUrl } from "../scripts/test-support/database";
import { INTEGRATOR_KEY } from "./support/check";
import { expect, test } from "./support/test";
import type { APIRequestContext, Page } from "@playwright/test";

/** A capture link of the integrator's, in `language`: its path and session id. */
async function integratorLink(request: APIRequestContext, language?: Locale): Promise<{ path: string; id: string }> {
  const created = await request.post("/api/sessions", {
    headers: { authorization: `Bearer ${INTEGRATOR_KEY}` },
    data: { document: { type: "PASSPORT", country: "EE" }, ...(language ? { language } : {}) },
  });
  expect(created.status()).toBe(201);
  const body = (await created.json()) as { id: string; captureUrl: string };
  return { path: new URL(body.captureUrl).pathname, id: body.id };
}

test.describe("a browser that prefers German", () => {
  test.use({ locale: "de-DE" });

  test("gets the start page in German without choosing", async ({ page }) => {
    await page.goto("/verify");
    await expect(page.getByRole("heading", { name: "Identität bestätigen" })).toBeVisible();
    await expect(page.locator("main")).toHaveAttribute("lang", "de");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByLabel("Sprache")).toHaveValue("de");
    // Country names in German too.
    await expect(page.getByLabel("Ausstellungsland").locator("option", { hasText: "Estland" })).toHaveAttribute(
      "value",
      "EE",
    );
  });

  test("reaches the start page from the home page with the document in German", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("link", { name: "Start a verification" }).click();
    await expect(page.getByRole("heading", { name: "Identität bestätigen" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
  });

  test("gets the whole document in German from the first byte, and the staff console in English", async ({
    request,
  }) => {
    const html = async (path: string) =>
      (await (await request.get(path, { headers: { "accept-language": "de-DE,de;q=0.9" } })).text()).slice(0, 200);
    expect(await html("/verify")).toContain('<html lang="de"');
    expect(await html("/staff/sign-in")).toContain('<html lang="en"');
  });
});

test("the switcher changes the language mid-capture without losing the photos taken", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/verify");
  await page.getByLabel("Language").selectOption("de");
  await expect(page.getByRole("heading", { name: "Identität bestätigen" })).toBeVisible();
  await page.getByLabel("Vorname").fill("Mari");
  await page.getByLabel("Nachname").fill("Maasikas");
  await page.getByLabel("Reisepass").check();
  await page.getByLabel("Ausstellungsland").selectOption("EE");
  await page.getByLabel(/Ich willige in die Verarbeitung/).check();
  await page.getByRole("button", { name: "Starten" }).click();

  // The choice follows to the capture page.
  await expect(page.getByRole("heading", { name: "Prüfen wir Ihre Identität" })).toBeFocused();
  await page.getByRole("button", { name: "Starten" }).click();
  await expect(page.getByRole("heading", { name: "Lichtbildseite Ihres Reisepasses" })).toBeFocused();
  await expect(page.getByText("Schritt 1 von 2")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await page.getByRole("button", { name: "2 Fotos aufnehmen" }).click({ timeout: 20_000 });
  await expect(page.getByText("✓ Gesendet")).toHaveCount(2, { timeout: 20_000 });

  await page.getByLabel("Sprache").selectOption("en");
  await expect(page.getByRole("heading", { name: "Photo page of your passport" })).toBeVisible();
  await expect(page.getByText("Step 1 of 2")).toBeVisible();
  await expect(page.getByText("✓ Sent")).toHaveCount(2);
  await expect(page.locator("main")).toHaveAttribute("lang", "en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("an integrator's language makes the capture page German for an English browser, until the visitor chooses", async ({
  page,
  request,
}) => {
  const created = await request.post("/api/sessions", {
    headers: { authorization: `Bearer ${INTEGRATOR_KEY}` },
    data: { document: { type: "PASSPORT", country: "EE" }, language: "de" },
  });
  expect(created.status()).toBe(201);
  const path = new URL((await created.json()).captureUrl).pathname;
  expect(await page.evaluate(() => navigator.language)).toBe("en-US");

  // The whole document, from the first byte, for a browser that asks for English.
  const html = await (await request.get(path, { headers: { "accept-language": "en-US,en;q=0.9" } })).text();
  expect(html).toContain('<html lang="de"');
  expect(html).toContain("<title>Identität bestätigen");
  await page.goto(path);
  await expect(page.getByRole("heading", { name: "Prüfen wir Ihre Identität" })).toBeFocused();
  await expect(page.locator("main")).toHaveAttribute("lang", "de");
  await expect(page.getByLabel("Sprache")).toHaveValue("de");

  // The visitor's own choice wins over the integrator's, and is kept.
  await page.getByLabel("Sprache").selectOption("en");
  await expect(page.getByRole("heading", { name: "Let's check your identity" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Let's check your identity" })).toBeFocused();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("every language the integrator gives wins over the browser's, and the consent is kept in its words", async ({
  request,
}) => {
  for (const language of LOCALES) {
    const { path, id } = await integratorLink(request, language);
    const browser = language === "de" ? "en-US,en;q=0.9" : "de-DE,de;q=0.9";
    const html = await (await request.get(path, { headers: { "accept-language": browser } })).text();
    expect(html, language).toContain(`<html lang="${language}" dir="${localeDirection(language)}"`);
    expect(html, language).toContain(`<title>${copyFor(language).start.title}`);

    // Agreed on the page in that language: the timeline keeps the very words shown.
    const token = path.split("/").pop()!;
    const consent = await request.post(`/api/capture/${token}/consent`, { data: { locale: language } });
    expect(consent.status(), language).toBe(200);
    const [event] = await query<{ data: { locale: string; wording: string } }>(
      testDatabaseUrl(),
      "select data from session_events where session_id = $1 and type = 'consent.given'",
      [id],
    );
    expect(event?.data, language).toEqual({
      page: "capture",
      locale: language,
      wording: consentWording(copyFor(language), "none"),
    });
  }
  // A language the app does not speak is refused, naming the field.
  const refused = await request.post("/api/sessions", {
    headers: { authorization: `Bearer ${INTEGRATOR_KEY}` },
    data: { document: { type: "PASSPORT", country: "EE" }, language: "it" },
  });
  expect(refused.status()).toBe(400);
  expect(JSON.stringify(await refused.json())).toContain("language");
});

/** The horizontal centre of an element, as a share of the viewport's width. */
async function centreOf(page: Page, selector: string): Promise<number> {
  const box = (await page.locator(selector).first().boundingBox())!;
  return (box.x + box.width / 2) / page.viewportSize()!.width;
}

test("an Arabic page reads right to left: the layout mirrors, the camera preview and the photos do not", async ({
  page,
  context,
  request,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const ar = copyFor("ar");
  // The same page in English first: the language switcher at the right, the brand at the left.
  const english = await integratorLink(request);
  await page.goto(english.path);
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  expect(await centreOf(page, "header select")).toBeGreaterThan(0.5);
  expect(await centreOf(page, "header [data-brand-name]")).toBeLessThan(0.5);

  await context.addCookies([{ name: LOCALE_COOKIE, value: "ar", url: baseURL! }]);
  const { path } = await integratorLink(request, "ar");
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("heading", { name: ar.intro.title })).toBeFocused();
  // Mirrored: the switcher now at the left, the brand at the right, text starting at the right.
  expect(await centreOf(page, "header select")).toBeLessThan(0.5);
  expect(await centreOf(page, "header [data-brand-name]")).toBeGreaterThan(0.5);
  expect(await page.locator("h1").evaluate((heading) => getComputedStyle(heading).direction)).toBe("rtl");

  await page.getByRole("checkbox", { name: ar.start.consent }).check();
  await page.getByRole("button", { name: ar.intro.start }).click();
  await expect(page.getByRole("heading", { name: ar.steps.passport.title })).toBeFocused();
  await expect(page.getByRole("button", { name: ar.camera.take(2) })).toBeEnabled({ timeout: 20_000 });
  // The document camera is shown as it sees: no transform from the page's direction.
  const video = page.locator("video");
  expect(await video.evaluate((element) => getComputedStyle(element).transform)).toBe("none");
  await page.getByRole("button", { name: ar.camera.take(2) }).click();
  await expect(page.getByText(ar.tray.sent)).toHaveCount(2, { timeout: 20_000 });
  // Nor are the photos: a mirrored document would be wrong.
  for (const thumbnail of await page.getByRole("list", { name: ar.tray.label }).locator("img").all())
    expect(await thumbnail.evaluate((element) => getComputedStyle(element).transform)).toBe("none");
  await page.getByRole("button", { name: ar.steps.next, exact: true }).click();

  // The selfie preview is mirrored as a mirror is, the same as in English (react-webcam's scaleX(-1)), not twice.
  await expect(page.getByRole("heading", { name: ar.steps.face.title })).toBeFocused();
  await expect(page.getByRole("button", { name: ar.camera.take(2) })).toBeEnabled({ timeout: 20_000 });
  expect(await video.evaluate((element) => getComputedStyle(element).transform)).toBe("matrix(-1, 0, 0, 1, 0, 0)");
});
