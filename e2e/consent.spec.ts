// The end-user agrees to the processing before any photo: on the start page,
// or, for a link an integrator made, on the capture link's first screen.
import { expect, test } from "@playwright/test";
import { INTEGRATOR_KEY, startCheck } from "./support/check";

test("an integrator's link asks for consent on its first screen, once, before the camera", async ({ page, request }) => {
  const created = await request.post("/api/sessions", {
    headers: { authorization: `Bearer ${INTEGRATOR_KEY}` },
    data: { document: { type: "ID_CARD", country: "EE" }, vendorData: "e2e-consent" },
  });
  expect(created.status()).toBe(201);
  const link = new URL((await created.json()).captureUrl);
  const token = link.pathname.split("/").pop()!;
  await page.goto(link.pathname);
  await expect(page.getByRole("heading", { name: "Let's check your identity" })).toBeFocused();
  await expect(page.getByText(/Your photos go straight to our verification provider, Veriff/)).toBeVisible();
  const consent = page.getByLabel("I agree to the processing of my document and of my face (biometric data) for this check.");

  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "To continue, agree to the processing of your photos." })).toBeVisible();
  expect((await (await request.get(`/api/capture/${token}`)).json()).consented).toBe(false);

  await consent.check();
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { name: "Front of your ID card" })).toBeFocused();
  expect((await (await request.get(`/api/capture/${token}`)).json()).consented).toBe(true);

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
