import { expect, test } from "@playwright/test";
import { launcherEnv } from "../lib/env";
import { startCheck } from "./support/check";

const emulator = `http://127.0.0.1:${launcherEnv().E2E_EMULATOR_PORT}`;

interface EmulatedSession {
  id: string;
  status: string;
  attempts: { media: { context: string; width: number; height: number; mimetype: string }[] }[];
}

test("the start form starts nothing without consent", async ({ page }) => {
  await page.goto("/verify");
  await page.getByLabel("Issuing country").selectOption("EE");
  // Without consent the browser itself holds the form back: nothing is created.
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page).toHaveURL(/\/verify$/);
});

const CHECKS = [
  { document: "Passport", steps: ["Photo page of your passport", "Take a selfie"], contexts: ["document-front", "document-front-pre", "face", "face-pre"] },
  {
    document: "ID card",
    steps: ["Front of your ID card", "Back of your ID card", "Take a selfie"],
    contexts: ["document-back", "document-back-pre", "document-front", "document-front-pre", "face", "face-pre"],
  },
];

for (const check of CHECKS) {
  test(`${check.document}: from the start page to the decision, through the camera`, async ({ page, request }) => {
    test.setTimeout(90_000);
    await page.goto("/verify");
    await page.getByLabel(check.document).check();
    await page.getByLabel("Issuing country").selectOption("EE");
    await page.getByLabel(/I agree to the processing/).check();
    await page.getByRole("button", { name: "Start" }).click();

    await expect(page).toHaveURL(/\/capture\/[\w-]{43}$/);
    const token = page.url().split("/").pop();
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

    // What Veriff (the emulator) holds: the right contexts, two frames each, none over 1920 px.
    const ours = await (await request.get(`/api/capture/${token}`)).json();
    expect(ours.frames).toHaveLength(check.contexts.length);
    const { sessions } = (await (await request.get(`${emulator}/__emulator/sessions`)).json()) as { sessions: EmulatedSession[] };
    const media = sessions.map((session) => session.attempts[0]!.media).find((items) => items.length === check.contexts.length && items.some((item) => item.context === check.contexts[0]));
    expect(media?.map((item) => item.context).sort()).toEqual(check.contexts);
    for (const item of media ?? []) {
      expect(item.mimetype).toBe("image/jpeg");
      expect(Math.max(item.width, item.height)).toBe(1920);
    }

    // The emulator decides after its delay; its webhook reaches the app; the page updates by itself.
    await expect(page.getByRole("heading", { name: "✓ You are verified" })).toBeVisible({ timeout: 30_000 });
  });
}

test("retaking a side lets go of the photos it replaces, which would otherwise stay in the phone's memory", async ({ page, request }) => {
  await startCheck(page, request, "Passport");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("button", { name: "Take 2 photos" }).click({ timeout: 20_000 });
  await expect(page.getByText("✓ Sent")).toHaveCount(2, { timeout: 20_000 });
  const previews = await page.getByRole("img", { name: "Photo: Photo page of your passport" }).evaluateAll((images) => images.map((image) => (image as HTMLImageElement).src));
  expect(previews).toHaveLength(2);
  const readable = () => page.evaluate((urls) => Promise.all(urls.map((url) => fetch(url).then(() => true, () => false))), previews);
  expect(await readable()).toEqual([true, true]);

  await page.getByRole("button", { name: "Retake" }).click();
  await expect(page.getByText("✓ Sent")).toHaveCount(0);
  await expect.poll(readable).toEqual([false, false]);
});
