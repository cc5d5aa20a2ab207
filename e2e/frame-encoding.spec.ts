// Where the JPEGs are made: in a worker where the browser has VideoFrame and
// OffscreenCanvas, on the main thread otherwise; the same pictures either way.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import jpeg from "jpeg-js";
import { documentPhotoJpeg } from "../bench/document-photo";
import { captureStep } from "./support/camera-steps";
import { emulatedMediaBytes, emulatedSession, mediaSummary, startCheck } from "./support/check";
import { sidewaysJpeg } from "./support/exif-photo";

const EXPECTED = ["document-front image/jpeg 1920x1280", "face image/jpeg 1920x1080", "face-pre image/jpeg 1920x1080"];

/** The passport's page as a chosen photo, the selfie through the camera; what Veriff then holds. */
async function passportThroughFileAndCamera(page: Page, request: Parameters<typeof startCheck>[1]) {
  const { sessionId } = await startCheck(page, request, "Passport");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { name: "Photo page of your passport" })).toBeFocused();
  await page
    .getByLabel("Upload a photo or PDF instead")
    .setInputFiles({ name: "passport.jpg", mimeType: "image/jpeg", buffer: documentPhotoJpeg(2400, 1600) });
  await expect(page.getByText("✓ Sent")).toHaveCount(1);
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await captureStep(page, "Take a selfie", 1, 2);
  return mediaSummary((await emulatedSession(request, sessionId)).attempts[0]!.media);
}

test("camera frames and chosen photos are encoded in a worker, never on the main thread", async ({ page, request }) => {
  test.setTimeout(60_000);
  // Main-thread encoding fails outright here: only the worker can have made the JPEGs.
  await page.addInitScript(() => {
    HTMLCanvasElement.prototype.toBlob = () => {
      throw new Error("encoded on the main thread");
    };
  });
  expect(await passportThroughFileAndCamera(page, request)).toEqual(EXPECTED);
  const names = await Promise.all(page.workers().map((worker) => worker.evaluate(() => self.name)));
  expect(names).toContain("frame-encoder");
});

test("without VideoFrame and OffscreenCanvas the main thread makes the same JPEGs", async ({ page, request }) => {
  test.setTimeout(60_000);
  await page.addInitScript(() => {
    delete (window as Partial<typeof window>).VideoFrame;
    delete (window as Partial<typeof window>).OffscreenCanvas;
  });
  expect(await passportThroughFileAndCamera(page, request)).toEqual(EXPECTED);
  expect(page.workers()).toHaveLength(0);
});

test("a worker that cannot load leaves the main thread to make the same JPEGs", async ({ page, request }) => {
  test.setTimeout(60_000);
  // Whatever the bundler names the worker's script, its URL says "worker".
  let refused = 0;
  await page.route(/\/_next\/static\/.*worker/i, (route) => {
    refused++;
    return route.abort();
  });
  expect(await passportThroughFileAndCamera(page, request)).toEqual(EXPECTED);
  // The worker was asked for, and the page did not stop at its failure.
  expect(refused).toBeGreaterThan(0);
});

for (const where of ["in the worker", "on the main thread"]) {
  test(`a photo stored sideways is sent upright, turned as its EXIF says, ${where}`, async ({ page, request }) => {
    if (where === "on the main thread") {
      await page.addInitScript(() => {
        delete (window as Partial<typeof window>).VideoFrame;
        delete (window as Partial<typeof window>).OffscreenCanvas;
      });
    }
    const { sessionId } = await startCheck(page, request, "Passport");
    await page.getByRole("button", { name: "Start" }).click();
    await page
      .getByLabel("Upload a photo or PDF instead")
      .setInputFiles({ name: "IMG_0042.jpg", mimeType: "image/jpeg", buffer: sidewaysJpeg(2400, 1600) });
    await expect(page.getByText("✓ Sent")).toHaveCount(1);

    const [media] = (await emulatedSession(request, sessionId)).attempts[0]!.media;
    expect(mediaSummary([media!])).toEqual(["document-front image/jpeg 1280x1920"]);
    // Turned clockwise: the stored left half (dark) is now on top. Turned the other way, or not at all, it would not be.
    const sent = jpeg.decode(await emulatedMediaBytes(request, media!.id));
    const brightness = (x: number, y: number) => sent.data[(y * sent.width + x) * 4]!;
    expect([brightness(640, 200) < 60, brightness(640, 1700) > 200]).toEqual([true, true]);
  });
}
