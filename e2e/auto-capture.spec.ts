// Auto-capture (components/capture/use-auto-capture.ts): a steady, sharp
// document is taken by itself after an announced countdown, as the same two
// frames the shutter takes; a document that never holds still is not, though
// it moves too little for the "moving" hint; the switch on the page turns it
// off, and the page remembers. Each test runs its own Chromium, whose fake
// camera plays a clip made here (e2e/support/fake-camera.ts, camera-page.ts).
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { startCheck } from "./support/check";
import { expect, test } from "./support/camera-page";
import { faceClip } from "./support/face-camera";
import { listen } from "./support/live-region";
import { documentClip, movingDocumentClip } from "./support/fake-camera";

// Generated, never committed (and kept where Tailwind does not scan).
const STILL = documentClip(path.resolve(".data/e2e/document-still-1280x720.y4m"));
const TREMBLING = movingDocumentClip(path.resolve(".data/e2e/document-tremor-1280x720.y4m"));

const STEP = "Photo page of your passport";
const SWITCH = "Take the photo automatically";

test.use({ autoCapture: true });

let faces: string;
test.beforeAll(async () => {
  faces = await faceClip(path.resolve(".data/e2e/face-scenes-640x360.y4m"));
});

test("a steady, sharp document is taken by itself after an announced countdown, once until it is retaken", async ({
  cameraPage,
  request,
}) => {
  test.setTimeout(60_000);
  const page = await cameraPage(STILL);
  const { token } = await startCheck(page, request, "Passport");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { name: STEP })).toBeFocused();
  await expect(page.getByRole("switch", { name: SWITCH })).toBeChecked();
  const countdown = page.getByTestId("auto-capture");
  await expect(countdown).toHaveAttribute("aria-live", "polite");
  const said = await listen(countdown);
  const hints = await listen(page.getByTestId("quality-hint"));

  // Nothing is clicked: the countdown ends in the shutter's own shot.
  await expect(page.getByText("✓ Sent")).toHaveCount(2, { timeout: 20_000 });
  expect(await said()).toEqual([
    "Hold still. Taking the photo in 3…",
    "Hold still. Taking the photo in 2…",
    "Hold still. Taking the photo in 1…",
  ]);
  expect(await hints()).toEqual([]);
  await expect(page.getByText(/may be hard to read/)).toHaveCount(0);
  // The same frames as the shutter's: the side's -pre frame and its plain one, each at 1280 px (the camera's).
  const sent = async () => (await (await request.get(`/api/capture/${token}`)).json()).frames;
  expect((await sent()).map((frame: { context: string }) => frame.context).sort()).toEqual([
    "document-front",
    "document-front-pre",
  ]);
  expect((await sent()).map((frame: { width: number }) => frame.width)).toEqual([1280, 1280]);

  // The user reviews now: the picture stays steady, and nothing more is taken.
  await page.waitForTimeout(4_000);
  await expect(page.getByText("✓ Sent")).toHaveCount(2);
  expect(await sent()).toHaveLength(2);

  // A retake may be taken by itself again.
  await page.getByRole("button", { name: "Retake" }).click();
  await expect(page.getByText("✓ Sent")).toHaveCount(0);
  await expect(page.getByText("✓ Sent")).toHaveCount(2, { timeout: 20_000 });
  // Two more frames: a retake sends anew (Veriff takes a context's latest), and the first two stay acknowledged.
  expect(await sent()).toHaveLength(4);
});

test("a document that never holds still is not taken by itself, though no hint shows; the shutter still works", async ({
  cameraPage,
  request,
}) => {
  test.setTimeout(60_000);
  const page = await cameraPage(TREMBLING);
  await startCheck(page, request, "Passport");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { name: STEP })).toBeFocused();
  const shutter = page.getByRole("button", { name: "Take 2 photos" });
  await expect(shutter).toBeEnabled({ timeout: 20_000 });
  await expect(page.getByRole("switch", { name: SWITCH })).toBeChecked();
  const said = await listen(page.getByTestId("auto-capture"));
  const hints = await listen(page.getByTestId("quality-hint"));

  // Six seconds: time for two countdowns and their shots, had the picture counted as steady.
  await page.waitForTimeout(6_000);
  expect(await said()).toEqual([]);
  // The tremor moves too little for the "moving" hint (e2e/support/fake-camera.ts): only the steadiness bound held it back.
  expect(await hints()).toEqual([]);
  await expect(page.getByText("✓ Sent")).toHaveCount(0);
  await expectAccessible(page, "a document step with auto-capture on");

  await shutter.click();
  await expect(page.getByText("✓ Sent")).toHaveCount(2, { timeout: 20_000 });
});

test("switched off with the keyboard, a steady document waits for the shutter, and the page remembers", async ({
  cameraPage,
  request,
}) => {
  test.setTimeout(60_000);
  const page = await cameraPage(STILL);
  await startCheck(page, request, "Passport");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { name: STEP })).toBeFocused();
  // Before the camera has a picture (so before any countdown could begin): Tab to the switch, Space turns it off.
  const toggle = page.getByRole("switch", { name: SWITCH });
  await tabTo(page, toggle);
  await page.keyboard.press("Space");
  await expect(toggle).not.toBeChecked();
  const said = await listen(page.getByTestId("auto-capture"));
  const shutter = page.getByRole("button", { name: "Take 2 photos" });
  await expect(shutter).toBeEnabled({ timeout: 20_000 });
  await expectAccessible(page, "a document step with auto-capture off");

  await page.waitForTimeout(5_000);
  expect(await said()).toEqual([]);
  await expect(page.getByText("✓ Sent")).toHaveCount(0);

  // Remembered: the page opened again keeps it off, and still takes nothing by itself.
  await page.reload();
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { name: STEP })).toBeFocused();
  await expect(toggle).not.toBeChecked();
  await expect(shutter).toBeEnabled({ timeout: 20_000 });
  await page.waitForTimeout(4_000);
  await expect(page.getByText("✓ Sent")).toHaveCount(0);
  await shutter.click();
  await expect(page.getByText("✓ Sent")).toHaveCount(2, { timeout: 20_000 });
});

test("the selfie is taken by itself when the face model sees one face, well placed", async ({
  cameraPage,
  request,
}) => {
  test.setTimeout(120_000);
  // The camera shows no one, two people, a head far away, one beside the oval, then one well placed, in a loop.
  const page = await cameraPage(faces);
  const { token } = await startCheck(page, request, "Passport");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { name: STEP })).toBeFocused();
  // The passport by the shutter: switched off before the camera has a picture, then back on for the selfie.
  const toggle = page.getByRole("switch", { name: SWITCH });
  await toggle.uncheck();
  await page.getByRole("button", { name: "Take 2 photos" }).click({ timeout: 20_000 });
  await expect(page.getByText("✓ Sent")).toHaveCount(2, { timeout: 20_000 });
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Take a selfie" })).toBeFocused();

  // The switch is offered once the model judges the picture (it loaded during the passport step).
  await expect(toggle).toBeVisible({ timeout: 20_000 });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(page.getByText("✓ Sent")).toHaveCount(2, { timeout: 60_000 });
  // Taken with no hint showing (e2e/face-guidance.spec.ts shows each other scene raises one): the well-placed head.
  await expect(page.getByText(/may not be clear/)).toHaveCount(0);
  const sent = (await (await request.get(`/api/capture/${token}`)).json()).frames as { context: string }[];
  expect(sent.map((frame) => frame.context).sort()).toEqual([
    "document-front",
    "document-front-pre",
    "face",
    "face-pre",
  ]);
});

/** Presses Tab until `target` has the focus: it must be reachable from the keyboard, in the page's order. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 20; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`not reachable with Tab: ${target}`);
}
