import { expect, test } from "./support/test";
import { emulatedSession, emulatedSessions, startCheck } from "./support/check";

test("the start form starts nothing without a name or consent, and keeps what was typed when it refuses", async ({
  page,
  request,
}) => {
  const sessionsBefore = (await emulatedSessions(request)).length;
  await page.goto("/verify");
  await page.getByLabel("Issuing country").selectOption("EE");
  // The browser itself holds the form back: the empty name is what it points at.
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByLabel("First name")).toHaveJSProperty("validity.valueMissing", true);
  await page.getByLabel("First name").fill("Mari");
  await page.getByLabel("Last name").fill("Maasikas");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByLabel(/I agree to the processing/)).toHaveJSProperty("validity.valueMissing", true);
  // Spaces alone are no name: the browser lets them through, the server does not, and the rest stays as typed.
  await page.getByLabel("First name").fill("   ");
  await page.getByLabel("ID card").check();
  await page.getByLabel(/I agree to the processing/).check();
  await page.getByRole("button", { name: "Start" }).click();
  await expect(
    page
      .getByRole("alert")
      .filter({ hasText: "Enter your first and last name as they are written on your documents." }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/verify$/);
  await expect(page.getByLabel("Last name")).toHaveValue("Maasikas");
  await expect(page.getByLabel("ID card")).toBeChecked();
  await expect(page.getByLabel("Issuing country")).toHaveValue("EE");
  expect((await emulatedSessions(request)).length).toBe(sessionsBefore);
});

const CHECKS = [
  {
    document: "Passport",
    steps: ["Photo page of your passport", "Take a selfie"],
    contexts: ["document-front", "document-front-pre", "face", "face-pre"],
  },
  {
    document: "ID card",
    steps: ["Front of your ID card", "Back of your ID card", "Take a selfie"],
    contexts: ["document-back", "document-back-pre", "document-front", "document-front-pre", "face", "face-pre"],
  },
] as const;

for (const check of CHECKS) {
  test(`${check.document}: from the start page to the decision, through the camera`, async ({ page, request }) => {
    test.setTimeout(90_000);
    const { token, sessionId } = await startCheck(page, request, check.document);
    await expect(page.getByRole("heading", { name: "Let's check your identity" })).toBeFocused();
    await page.getByRole("button", { name: "Start" }).click();

    for (const [index, title] of check.steps.entries()) {
      await expect(page.getByRole("heading", { name: title })).toBeVisible();
      await expect(page.getByText(`Step ${index + 1} of ${check.steps.length}`)).toBeVisible();
      await page.getByRole("button", { name: "Take 2 photos" }).click({ timeout: 20_000 });
      await expect(page.getByText("✓ Sent")).toHaveCount(2, { timeout: 20_000 });
      // A working camera takes the selfie live: no chosen photo can stand in for it. Document sides may be uploaded.
      await expect(page.getByLabel(/^Upload a photo/)).toHaveCount(title === "Take a selfie" ? 0 : 1);
      await expect(page.locator('input[type="file"]')).toHaveCount(title === "Take a selfie" ? 0 : 1);
      await page.getByRole("button", { name: "Continue", exact: true }).click();
    }

    await expect(page.getByRole("heading", { name: "Check your photos" })).toBeVisible();
    await page.getByRole("button", { name: "Send for checking" }).click();
    await expect(page.getByRole("heading", { name: "We are checking your document" })).toBeVisible();

    // What Veriff (the emulator) holds: the person as typed, the right contexts, two frames each, none over 1920 px, submitted.
    const ours = await (await request.get(`/api/capture/${token}`)).json();
    expect(ours.frames).toHaveLength(check.contexts.length);
    const session = await emulatedSession(request, sessionId);
    expect(session.person).toMatchObject({ firstName: "Mari", lastName: "Maasikas" });
    expect(session.status).toBe("submitted");
    const media = session.attempts[0]!.media;
    expect(media.map((item) => item.context).sort()).toEqual(check.contexts);
    for (const item of media) {
      expect(item.mimetype).toBe("image/jpeg");
      expect(Math.max(item.width!, item.height!)).toBe(1920);
    }

    // The emulator decides after its delay; its webhook reaches the app; the page updates by itself.
    await expect(page.getByRole("heading", { name: "✓ You are verified" })).toBeVisible({ timeout: 30_000 });
  });
}

test("retaking a side lets go of the photos it replaces, which would otherwise stay in the phone's memory", async ({
  page,
  request,
}) => {
  await startCheck(page, request, "Passport");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("button", { name: "Take 2 photos" }).click({ timeout: 20_000 });
  await expect(page.getByText("✓ Sent")).toHaveCount(2, { timeout: 20_000 });
  const previews = await page
    .getByRole("img", { name: "Photo: Photo page of your passport" })
    .evaluateAll((images) => images.map((image) => (image as HTMLImageElement).src));
  expect(previews).toHaveLength(2);
  // Read as the page reads them, as images (the page's policy lets it fetch nothing from blob: URLs).
  const readable = () =>
    page.evaluate(
      (urls) =>
        Promise.all(
          urls.map(
            (url) =>
              new Promise<boolean>((resolve) =>
                Object.assign(new Image(), { onload: () => resolve(true), onerror: () => resolve(false), src: url }),
              ),
          ),
        ),
      previews,
    );
  expect(await readable()).toEqual([true, true]);

  await page.getByRole("button", { name: "Retake" }).click();
  await expect(page.getByText("✓ Sent")).toHaveCount(0);
  await expect.poll(readable).toEqual([false, false]);
});
