// A reload in the middle of a capture: the page shows what is already done
// and carries on from the next step; nothing acknowledged is sent again.
import { expect, test } from "./support/test";
import { captureStep } from "./support/camera-steps";
import { emulatedSession, startCheck } from "./support/check";

test("a reload mid-capture resumes without sending acknowledged frames again", async ({ page, request }) => {
  test.setTimeout(90_000);
  const { token, sessionId } = await startCheck(page, request, "ID card");
  await page.getByRole("button", { name: "Start" }).click();
  await captureStep(page, "Front of your ID card", 0, 3);
  await expect(page.getByRole("heading", { name: "Back of your ID card" })).toBeFocused();

  await page.reload();
  await expect(page.getByRole("heading", { name: "Let's check your identity" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Front of your ID card" })).toContainText("✓ Done");
  await expect(page.getByRole("listitem").filter({ hasText: "Back of your ID card" })).not.toContainText("✓ Done");
  await page.getByRole("button", { name: "Continue", exact: true }).click();

  await captureStep(page, "Back of your ID card", 1, 3);
  await captureStep(page, "Take a selfie", 2, 3);
  await expect(page.getByRole("heading", { name: "Check your photos" })).toBeVisible();
  // The front's frames were sent before the reload: listed as such, not taken again.
  await expect(page.getByText("Uploaded earlier")).toHaveCount(2);
  await page.getByRole("button", { name: "Send for checking" }).click();
  await expect(page.getByRole("heading", { name: "We are checking your document" })).toBeVisible();

  // Veriff holds each frame once; so does our ledger.
  const media = (await emulatedSession(request, sessionId)).attempts[0]!.media.map((item) => item.context).sort();
  expect(media).toEqual([
    "document-back",
    "document-back-pre",
    "document-front",
    "document-front-pre",
    "face",
    "face-pre",
  ]);
  const ours = await (await request.get(`/api/capture/${token}`)).json();
  expect(ours.frames.map((frame: { context: string }) => frame.context).sort()).toEqual(media);
  await expect(page.getByRole("heading", { name: "✓ You are verified" })).toBeVisible({ timeout: 30_000 });
});
