// Veriff asks for new photos (scripted in the emulator): the status page says
// why and offers "Take new photos"; the second capture goes to Veriff's new
// attempt and ends with the decision.
import { expect, test } from "./support/test";
import { captureSteps } from "./support/camera-steps";
import { emulatedSession, emulator, startCheck } from "./support/check";

const PASSPORT = ["Photo page of your passport", "Take a selfie"];
const CONTEXTS = ["document-front", "document-front-pre", "face", "face-pre"];

test("a resubmission request is completed by a second capture", async ({ page, request }) => {
  test.setTimeout(120_000);
  const { token, sessionId } = await startCheck(page, request, "Passport");
  const scripted = await request.put(`${emulator}/__emulator/sessions/${sessionId}/next-decision`, {
    data: { status: "resubmission_requested", reasonCode: 202 },
  });
  expect(scripted.status()).toBe(200);

  await page.getByRole("button", { name: "Start" }).click();
  await captureSteps(page, PASSPORT);
  await page.getByRole("button", { name: "Send for checking" }).click();
  await expect(page.getByRole("heading", { name: "We are checking your document" })).toBeVisible();

  // The decision webhook reaches the app; the page updates by itself.
  await expect(page.getByRole("heading", { name: "We need new photos" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Reason: The face was not clearly visible.")).toBeVisible();
  await page.getByRole("button", { name: "Take new photos" }).click();

  await captureSteps(page, PASSPORT);
  await expect(page.getByRole("heading", { name: "Check your photos" })).toBeVisible();
  await page.getByRole("button", { name: "Send for checking" }).click();
  await expect(page.getByRole("heading", { name: "✓ You are verified" })).toBeVisible({ timeout: 30_000 });

  // Veriff saw two attempts, each with its own full set of frames.
  const session = await emulatedSession(request, sessionId);
  expect(session.status).toBe("approved");
  expect(session.attempts.map((attempt) => attempt.status)).toEqual(["resubmission_requested", "approved"]);
  for (const attempt of session.attempts) expect(attempt.media.map((item) => item.context).sort()).toEqual(CONTEXTS);
  const ours = await (await request.get(`/api/capture/${token}`)).json();
  expect([ours.status, ours.attemptNumber, ours.frames.length]).toEqual(["approved", 2, 4]);
});
