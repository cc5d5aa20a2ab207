// The capture pages in the visitor's language: from the browser's preference,
// or the integrator's choice for the session, or chosen with the switcher,
// which wins over both and keeps what is already captured.
import { INTEGRATOR_KEY } from "./support/check";
import { expect, test } from "./support/test";

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
