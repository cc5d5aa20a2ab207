// The camera refused (this project's browser denies every camera request):
// the page says what happened and how to allow it, and the check completes
// with chosen photos instead, shrunk in the browser or, for a HEIC the
// browser cannot decode, sent as they are when small enough.
import { expect, test } from "./support/test";
import { documentPhotoJpeg } from "../bench/document-photo";
import { png } from "../emulator/test/harness";
import { heif } from "../scripts/test-support/heif";
import { emulatedMediaBytes, emulatedSession, insecureOrigin, mediaSummary, startCheck } from "./support/check";

test("camera denied: the passport check completes with uploaded photos", async ({ page, request }) => {
  test.setTimeout(90_000);
  const { token, sessionId } = await startCheck(page, request, "Passport");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { name: "Allow the camera" })).toBeFocused();
  await page.getByRole("button", { name: "Allow camera" }).click();

  await expect(page.getByRole("heading", { name: "Photo page of your passport" })).toBeFocused();
  await expect(page.getByText("Step 1 of 2")).toBeVisible();
  const problem = page.getByRole("alert").filter({ hasText: "Camera access is blocked" });
  await expect(problem).toBeVisible();
  await expect(problem).toContainText("choose to always allow the camera");
  await expect(problem).toContainText("Reference: camera_denied");
  // A phone photo, larger than Veriff takes: the page shrinks it to 1920 px.
  await page
    .getByLabel("Upload a photo or PDF instead")
    .setInputFiles({ name: "passport.jpg", mimeType: "image/jpeg", buffer: documentPhotoJpeg(2400, 1600) });
  await expect(page.getByText("✓ Sent")).toHaveCount(1);
  await page.getByRole("button", { name: "Continue", exact: true }).click();

  await expect(page.getByRole("heading", { name: "Take a selfie" })).toBeFocused();
  await expect(page.getByText("Step 2 of 2")).toBeVisible();
  // An iPhone HEIC this browser cannot decode and that is too large to pass through as it is.
  const picker = page.getByLabel("Upload a photo instead");
  await picker.setInputFiles({
    name: "IMG_0001.HEIC",
    mimeType: "image/heic",
    buffer: heif([
      [512, 512],
      [4032, 3024],
    ]),
  });
  await expect(page.getByRole("alert").filter({ hasText: "heic_too_large" })).toContainText(
    "This HEIC photo is 4032 px on its longer side",
  );
  await expect(page.getByText("✓ Sent")).toHaveCount(0);
  // A HEIC within 1920 px goes as it is, but for where it was taken: its Exif is blanked in the browser.
  const exif = Buffer.from("Exif\0\0MM\0*GPSLatitude 59.437 GPSLongitude 24.745", "latin1");
  await picker.setInputFiles({ name: "IMG_0002.HEIC", mimeType: "image/heic", buffer: heif([[1200, 900]], { exif }) });
  await expect(page.getByText("✓ Sent")).toHaveCount(1);
  await page.getByRole("button", { name: "Continue", exact: true }).click();

  await expect(page.getByRole("heading", { name: "Check your photos" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Photo: Photo page of your passport" })).toBeVisible();
  await expect(page.getByText("HEIC photo")).toBeVisible();
  await page.getByRole("button", { name: "Send for checking" }).click();
  await expect(page.getByRole("heading", { name: "We are checking your document" })).toBeVisible();

  // Veriff holds one photo per side, no "-pre" frames, none over 1920 px; our ledger says they were files.
  const session = await emulatedSession(request, sessionId);
  expect(mediaSummary(session.attempts[0]!.media)).toEqual([
    "document-front image/jpeg 1920x1280",
    "face image/heic 1200x900",
  ]);
  const heicSent = await emulatedMediaBytes(
    request,
    session.attempts[0]!.media.find((item) => item.context === "face")!.id,
  );
  expect(heicSent.length).toBe(heif([[1200, 900]], { exif }).length);
  expect(heicSent.includes("GPSLatitude")).toBe(false);
  const ours = await (await request.get(`/api/capture/${token}`)).json();
  expect(ours.frames.map((frame: { context: string; source: string }) => `${frame.context}:${frame.source}`)).toEqual([
    "document-front:file",
    "face:file",
  ]);

  await expect(page.getByRole("heading", { name: "✓ You are verified" })).toBeVisible({ timeout: 30_000 });
});

test("uploading instead, straight from the primer: a file that is no photo, or claims too many pixels to decode, is refused in the browser", async ({
  page,
  request,
}) => {
  await startCheck(page, request, "ID card");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("button", { name: "Upload photos instead" }).click();
  await expect(page.getByRole("heading", { name: "Front of your ID card" })).toBeFocused();
  // Nothing was asked of the camera, so nothing went wrong with it.
  await expect(page.getByText("Camera access is blocked")).toHaveCount(0);
  await page.getByLabel("Choose a photo").setInputFiles({
    name: "scan.gif",
    mimeType: "image/gif",
    buffer: Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1"),
  });
  await expect(page.getByRole("alert").filter({ hasText: "unsupported_file" })).toContainText(
    "Choose a JPEG, PNG, WebP or HEIC photo, or a PDF.",
  );
  // A small file whose header claims 10000x6000 (60 megapixels): refused before it is decoded.
  const claimsHuge = png(1, 1);
  claimsHuge.writeUInt32BE(10_000, 16);
  claimsHuge.writeUInt32BE(6_000, 20);
  await page
    .getByLabel("Choose a photo")
    .setInputFiles({ name: "huge.png", mimeType: "image/png", buffer: claimsHuge });
  await expect(page.getByRole("alert").filter({ hasText: "image_too_large" })).toContainText("more than 50 megapixels");
  await expect(page.getByRole("button", { name: "Continue", exact: true })).toHaveCount(0);
});

test("a page opened over plain http has no camera: it says why and takes an uploaded photo", async ({
  page,
  request,
}) => {
  const { sessionId } = await startCheck(page, request, "Passport", { origin: insecureOrigin });
  expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
  await page.getByRole("button", { name: "Start" }).click();
  // No primer: there is no camera to ask for.
  await expect(page.getByRole("heading", { name: "Photo page of your passport" })).toBeFocused();
  const problem = page.getByRole("alert").filter({ hasText: "The camera only works on a secure connection" });
  await expect(problem).toContainText("it starts with https://");
  await expect(problem).toContainText("Reference: camera_insecure_context");
  await expect(page.getByRole("button", { name: "Restart camera" })).toHaveCount(0);
  // The app's own links are plain http here too: on a phone the camera would be off as well, so no handoff is offered.
  await expect(page.getByRole("button", { name: "Continue on your phone" })).toHaveCount(0);
  await page
    .getByLabel("Upload a photo or PDF instead")
    .setInputFiles({ name: "passport.png", mimeType: "image/png", buffer: png(1000, 700) });
  await expect(page.getByText("✓ Sent")).toHaveCount(1);
  expect(mediaSummary((await emulatedSession(request, sessionId)).attempts[0]!.media)).toEqual([
    "document-front image/jpeg 1000x700",
  ]);
});

test("uploading instead from the primer still tries the camera for the selfie, and offers a file only once it is refused", async ({
  page,
  request,
}) => {
  const { sessionId } = await startCheck(page, request, "Passport");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("button", { name: "Upload photos instead" }).click();
  await page
    .getByLabel("Choose a photo")
    .setInputFiles({ name: "passport.png", mimeType: "image/png", buffer: png(1000, 700) });
  await expect(page.getByText("✓ Sent")).toHaveCount(1);
  await page.getByRole("button", { name: "Continue", exact: true }).click();

  await expect(page.getByRole("heading", { name: "Take a selfie" })).toBeFocused();
  // The selfie asks for the camera; only its refusal brings a file picker.
  await expect(page.getByRole("alert").filter({ hasText: "Camera access is blocked" })).toContainText(
    "Reference: camera_denied",
  );
  await expect(page.getByLabel("Choose a photo")).toHaveCount(0);
  await page
    .getByLabel("Upload a photo instead")
    .setInputFiles({ name: "selfie.png", mimeType: "image/png", buffer: png(900, 1200) });
  await expect(page.getByText("✓ Sent")).toHaveCount(1);
  expect(mediaSummary((await emulatedSession(request, sessionId)).attempts[0]!.media)).toEqual([
    "document-front image/jpeg 1000x700",
    "face image/jpeg 900x1200",
  ]);
});
