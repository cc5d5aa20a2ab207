// The selfie preview is a mirror, as people expect of a front camera; the
// photo sent is the camera's own picture, never mirrored (text on a document
// would read backwards). Switching the camera restarts the preview.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import jpeg from "jpeg-js";
import { emulatedMediaBytes, emulatedSession, startCheck } from "./support/check";

const mirrored = (page: Page) =>
  page.locator("video").evaluate((video) => getComputedStyle(video).transform.startsWith("matrix(-1"));

/** The test camera's bars run from light grey on the left to black on the right: brightness at both edges, half-way down. */
function edges(bytes: Buffer): { left: number; right: number } {
  const image = jpeg.decode(bytes, { useTArray: true });
  const brightness = (x: number) => image.data[(Math.floor(image.height / 2) * image.width + x) * 4]!;
  return { left: brightness(10), right: brightness(image.width - 10) };
}

test("the selfie preview is mirrored and its photos are not; Switch camera restarts the preview", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  // The other camera takes a moment to start, as on a phone: every camera after the first answers 1.5 s late.
  await page.addInitScript(() => {
    const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    let calls = 0;
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      if (calls++ > 0) await new Promise((resolve) => setTimeout(resolve, 1_500));
      return open(constraints);
    };
  });
  const { sessionId } = await startCheck(page, request, "Passport");
  await page.getByRole("button", { name: "Start" }).click();
  const shutter = page.getByRole("button", { name: "Take 2 photos" });
  await expect(shutter).toBeEnabled({ timeout: 20_000 });
  // A document is shot with the back camera: shown as it is.
  expect(await mirrored(page)).toBe(false);
  await page.getByRole("button", { name: "Switch camera" }).click();
  // No shot until the other camera has a picture.
  await expect(shutter).toBeDisabled();
  await expect.poll(() => mirrored(page)).toBe(true);
  await expect(shutter).toBeEnabled({ timeout: 20_000 });
  await page.getByRole("button", { name: "Switch camera" }).click();
  await expect.poll(() => mirrored(page)).toBe(false);
  await shutter.click();
  await expect(page.getByText("✓ Sent")).toHaveCount(2, { timeout: 20_000 });
  await page.getByRole("button", { name: "Continue", exact: true }).click();

  await expect(page.getByRole("heading", { name: "Take a selfie" })).toBeFocused();
  await expect(shutter).toBeEnabled({ timeout: 20_000 });
  expect(await mirrored(page)).toBe(true);
  await shutter.click();
  await expect(page.getByText("✓ Sent")).toHaveCount(2, { timeout: 20_000 });

  for (const item of (await emulatedSession(request, sessionId)).attempts[0]!.media) {
    const { left, right } = edges(await emulatedMediaBytes(request, item.id));
    expect({ context: item.context, lightOnTheLeft: left > 200, darkOnTheRight: right < 50 }).toEqual({
      context: item.context,
      lightOnTheLeft: true,
      darkOnTheRight: true,
    });
  }
});
