// The end-user agrees to the processing before any photo: on the start page,
// or, for a link an integrator made, on the capture link's first screen.
import { expect, test } from "./support/test";
import { emulatedSession, INTEGRATOR_KEY, startCheck } from "./support/check";

test("an integrator's link asks for consent on its first screen, once, before the camera", async ({
  page,
  request,
}) => {
  const created = await request.post("/api/sessions", {
    headers: { authorization: `Bearer ${INTEGRATOR_KEY}` },
    data: { document: { type: "ID_CARD", country: "EE" }, vendorData: "e2e-consent" },
  });
  expect(created.status()).toBe(201);
  const { captureUrl, veriffSessionId } = await created.json();
  const link = new URL(captureUrl);
  const token = link.pathname.split("/").pop()!;
  await page.goto(link.pathname);
  await expect(page.getByRole("heading", { name: "Let's check your identity" })).toBeFocused();
  await expect(
    page.getByText(
      /Your name, your photos and details of your device .* go straight to our verification provider, Veriff/,
    ),
  ).toBeVisible();
  const consent = page.getByLabel(
    "I agree to the processing of my name, my device details, my document and my face (biometric data) for this check.",
  );

  await page.getByRole("button", { name: "Start" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "To continue, agree to the processing of your photos." }),
  ).toBeVisible();
  expect((await (await request.get(`/api/capture/${token}`)).json()).consented).toBe(false);
  // Not even the device data has gone to Veriff yet.
  expect((await emulatedSession(request, veriffSessionId)).collectedData).toEqual([]);

  await consent.check();
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { name: "Front of your ID card" })).toBeFocused();
  expect((await (await request.get(`/api/capture/${token}`)).json()).consented).toBe(true);
  await expect.poll(async () => (await emulatedSession(request, veriffSessionId)).collectedData.length).toBe(1);

  await page.reload();
  await expect(page.getByRole("heading", { name: "Let's check your identity" })).toBeFocused();
  await expect(consent).toHaveCount(0);
});

test("a check started on the start page, where consent was given, does not ask again", async ({ page, request }) => {
  await startCheck(page, request, "Passport");
  await expect(page.getByRole("heading", { name: "Let's check your identity" })).toBeFocused();
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { name: "Photo page of your passport" })).toBeFocused();
});
