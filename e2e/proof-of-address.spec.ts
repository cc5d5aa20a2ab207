// Proof of address, alone or after the identity document, and PDFs where the
// integration takes them (the e2e stack's emulator has them enabled).
import { expect, test } from "./support/test";
import { captureStep } from "./support/camera-steps";
import { emulatedSession, mediaSummary, startCheck } from "./support/check";

// A small but well-formed PDF: Veriff reads the pages, we only check the magic bytes and the size.
const pdf = (title: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% ${title}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );

test("identity and address: passport and selfie through the camera, then a utility bill as a PDF", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const { token, sessionId } = await startCheck(page, request, "Passport", { check: "My identity and my address" });
  await expect(page.getByRole("listitem").filter({ hasText: "Proof of address" })).toBeVisible();
  await page.getByRole("button", { name: "Start" }).click();
  await captureStep(page, "Photo page of your passport", 0, 3);
  await captureStep(page, "Take a selfie", 1, 3);

  await expect(page.getByRole("heading", { name: "Proof of address" })).toBeFocused();
  await expect(page.getByText("Step 3 of 3")).toBeVisible();
  await expect(page.getByText(/utility bill or a bank statement/)).toBeVisible();
  // One picture of one document: the shutter takes a single photo here.
  await expect(page.getByRole("button", { name: "Take photo", exact: true })).toBeVisible({ timeout: 20_000 });
  await page
    .getByLabel("Upload a photo or PDF instead")
    .setInputFiles({ name: "electricity-bill.pdf", mimeType: "application/pdf", buffer: pdf("bill") });
  // Veriff takes one proof of address: the end-user looks at it before it goes.
  await expect(page.getByText("Is all of it sharp and readable?")).toBeFocused();
  await expect(page.getByText("✓ Sent")).toHaveCount(0);
  await page.getByRole("button", { name: "Send this document" }).click();
  await expect(page.getByText("✓ Sent")).toHaveCount(1);
  await expect(page.getByText("PDF document")).toBeVisible();
  await page.getByRole("button", { name: "Continue", exact: true }).click();

  await expect(page.getByRole("heading", { name: "Check your photos" })).toBeVisible();
  await page.getByRole("button", { name: "Send for checking" }).click();
  await expect(page.getByRole("heading", { name: "We are checking your document" })).toBeVisible();
  const media = (await emulatedSession(request, sessionId)).attempts[0]!.media;
  expect(mediaSummary(media).filter((item) => item.startsWith("address-front"))).toEqual([
    "address-front application/pdf",
  ]);
  expect(media.map((item) => item.context).sort()).toEqual([
    "address-front",
    "document-front",
    "document-front-pre",
    "face",
    "face-pre",
  ]);
  const ours = await (await request.get(`/api/capture/${token}`)).json();
  expect(ours.proofOfAddress).toBe("with_identity");
  await expect(page.getByRole("heading", { name: "✓ You are verified" })).toBeVisible({ timeout: 30_000 });
});

test("address only: no document to choose, one photo of the bill through the camera", async ({ page, request }) => {
  test.setTimeout(60_000);
  const { sessionId } = await startCheck(page, request, null, { check: "My address only" });
  await expect(page.getByRole("heading", { name: "Let's check your address" })).toBeFocused();
  await expect(page.getByText(/Photograph one document that shows your name and address/)).toBeVisible();
  await page.getByRole("button", { name: "Start" }).click();

  await expect(page.getByRole("heading", { name: "Proof of address" })).toBeFocused();
  await expect(page.getByText("Step 1 of 1")).toBeVisible();
  const shutter = page.getByRole("button", { name: "Take photo", exact: true });
  await shutter.click({ timeout: 20_000 });
  // Shown before it is sent; another may be taken instead, and only the one sent reaches Veriff.
  await expect(page.getByRole("img", { name: "Your proof of address" })).toBeVisible();
  await page.getByRole("button", { name: "Take or choose another" }).click();
  await expect(page.getByRole("heading", { name: "Proof of address" })).toBeFocused();
  await shutter.click({ timeout: 20_000 });
  await page.getByRole("button", { name: "Send this document" }).click();
  await expect(page.getByText("✓ Sent")).toHaveCount(1, { timeout: 20_000 });
  // Sent is final: no retake that would give Veriff a second document.
  await expect(
    page.getByText("Veriff takes one proof of address per check: this one cannot be changed now."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Retake" })).toHaveCount(0);
  await expect(shutter).toHaveCount(0);
  await expect(page.getByLabel(/^Upload a photo/)).toHaveCount(0);
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(page.getByRole("button", { name: "Retake" })).toHaveCount(0);
  await page.getByRole("button", { name: "Send for checking" }).click();
  await expect(page.getByRole("heading", { name: "We are checking your document" })).toBeVisible();
  const session = await emulatedSession(request, sessionId);
  // The page guide's part of the 2560x1440 frame, at the camera's own resolution (guide-region.test.ts has the sums).
  expect(mediaSummary(session.attempts[0]!.media)).toEqual(["address-front image/jpeg 977x1382"]);
  expect(session.status).toBe("submitted");
});

test("an ID card as one PDF holding both sides: the back is not asked for again", async ({ page, request }) => {
  test.setTimeout(60_000);
  const { sessionId } = await startCheck(page, request, "ID card");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { name: "Front of your ID card" })).toBeFocused();
  const picker = page.getByLabel("Upload a photo or PDF instead");
  await picker.setInputFiles({ name: "wrong-scan.pdf", mimeType: "application/pdf", buffer: pdf("wrong") });
  // Only the end-user knows whether the scan holds the back too; nothing is sent before they say.
  await expect(page.getByText("Does this PDF show the back of your document too?")).toBeFocused();
  await page.getByRole("button", { name: "Choose another file" }).click();
  await expect(page.getByRole("heading", { name: "Front of your ID card" })).toBeFocused();
  await picker.setInputFiles({ name: "id-card-scan.pdf", mimeType: "application/pdf", buffer: pdf("card") });
  await expect(page.getByText("✓ Sent")).toHaveCount(0);
  await page.getByRole("button", { name: "Yes, front and back" }).click();
  await expect(page.getByText("✓ Sent")).toHaveCount(1);
  await page.getByRole("button", { name: "Continue", exact: true }).click();

  // Straight to the selfie: the PDF finished the back.
  await captureStep(page, "Take a selfie", 2, 3);
  await expect(page.getByRole("heading", { name: "Check your photos" })).toBeVisible();
  await expect(page.getByText("Included in the PDF of the front.")).toBeVisible();
  await page.getByRole("button", { name: "Send for checking" }).click();
  await expect(page.getByRole("heading", { name: "We are checking your document" })).toBeVisible();
  expect(mediaSummary((await emulatedSession(request, sessionId)).attempts[0]!.media)).toEqual([
    "document-front application/pdf",
    "face image/jpeg 1920x1080",
    "face-pre image/jpeg 1920x1080",
  ]);
});

test("a PDF of the front only: the back is asked for next, and may be a PDF too", async ({ page, request }) => {
  const { sessionId } = await startCheck(page, request, "ID card");
  await page.getByRole("button", { name: "Start" }).click();
  await page
    .getByLabel("Upload a photo or PDF instead")
    .setInputFiles({ name: "front.pdf", mimeType: "application/pdf", buffer: pdf("front") });
  await page.getByRole("button", { name: "No, only the front" }).click();
  await expect(page.getByText("✓ Sent")).toHaveCount(1);
  await page.getByRole("button", { name: "Continue", exact: true }).click();

  await expect(page.getByRole("heading", { name: "Back of your ID card" })).toBeFocused();
  await expect(page.getByText("Step 2 of 3")).toBeVisible();
  // The back's PDF holds only the back: no question.
  await page
    .getByLabel("Upload a photo or PDF instead")
    .setInputFiles({ name: "back.pdf", mimeType: "application/pdf", buffer: pdf("back") });
  await expect(page.getByText("✓ Sent")).toHaveCount(1);
  expect(mediaSummary((await emulatedSession(request, sessionId)).attempts[0]!.media)).toEqual([
    "document-back application/pdf",
    "document-front application/pdf",
  ]);
});
