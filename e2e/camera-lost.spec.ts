// The camera taken away mid-capture (unplugged, or taken by another app):
// the browser ends the video track; the page says so and restarts it.
import { expect, test } from "./support/test";
import { startCheck } from "./support/check";

/** The live preview's video track, ended as the browser ends it. A track stopped by the page fires no "ended" (per spec), so the event is fired as well. */
function loseCamera() {
  const track = (document.querySelector("video")!.srcObject as MediaStream).getVideoTracks()[0]!;
  track.stop();
  track.dispatchEvent(new Event("ended"));
}

test("a camera lost mid-capture shows the camera-stopped panel, and Restart camera brings the preview back", async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  await startCheck(page, request, "Passport");
  await page.getByRole("button", { name: "Start" }).click();
  const shutter = page.getByRole("button", { name: "Take 2 photos" });
  await expect(shutter).toBeEnabled({ timeout: 20_000 });

  await shutter.focus();
  await page.evaluate(loseCamera);
  const problem = page.getByRole("alert").filter({ hasText: "The camera stopped" });
  await expect(problem).toContainText("Reference: camera_stopped");
  // The focused shutter went with the camera: keyboards and screen readers land on what happened.
  await expect(page.getByText("The camera stopped", { exact: true })).toBeFocused();
  await expect(shutter).toHaveCount(0);

  await page.getByRole("button", { name: "Restart camera" }).click();
  await expect(shutter).toBeEnabled({ timeout: 20_000 });
  await expect(problem).toHaveCount(0);
  expect(
    await page.evaluate(
      () => (document.querySelector("video")!.srcObject as MediaStream).getVideoTracks()[0]!.readyState,
    ),
  ).toBe("live");
  await shutter.click();
  await expect(page.getByText("✓ Sent")).toHaveCount(2, { timeout: 20_000 });
});
