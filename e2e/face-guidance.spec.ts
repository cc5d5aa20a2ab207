// The selfie's face guidance with a camera that shows, in turn, no one, two
// people, a head far away, a head beside the oval, and a head well placed
// (e2e/support/face-camera.ts, made from photos inside @vladmandic/human):
// the model, loaded from the app's own origin in a worker while the passport
// step runs, names each problem and goes quiet for the good picture.
import path from "node:path";
import { startCheck } from "./support/check";
import { expect, test } from "./support/camera-page";
import { FACE_SCENES, FACE_SCENE_SECONDS, faceClip } from "./support/face-camera";
import { listen } from "./support/live-region";

let clip: string;

test.beforeAll(async () => {
  clip = await faceClip(path.resolve(".data/e2e/face-scenes-640x360.y4m"));
});

test("the selfie guidance names each problem with the face and goes quiet for a good one", async ({
  cameraPage,
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const page = await cameraPage(clip);
  // Everything the page and its workers fetch: the model comes from this origin, never a CDN.
  const fetched: string[] = [];
  page.on("request", (sent) => void fetched.push(sent.url()));
  const modelFiles = () => fetched.filter((url) => url.startsWith(`${baseURL}/face-model/`));
  await startCheck(page, request, "Passport");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { name: "Photo page of your passport" })).toBeFocused();
  // Loaded while the passport step runs, from this origin.
  await expect.poll(() => modelFiles().length, { timeout: 30_000 }).toBeGreaterThanOrEqual(5);
  await page.getByRole("button", { name: "Take 2 photos" }).click({ timeout: 20_000 });
  await expect(page.getByText("✓ Sent")).toHaveCount(2, { timeout: 20_000 });
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Take a selfie" })).toBeFocused();

  const hint = page.getByTestId("quality-hint");
  // The clip loops: each scene comes round within one loop, in order.
  const loop = FACE_SCENES.length * FACE_SCENE_SECONDS * 1_000;
  for (const scene of FACE_SCENES) {
    if (scene.hint) await expect(hint).toHaveText(scene.hint, { timeout: loop + 5_000 });
    else await expect(hint).toHaveText("", { timeout: loop + 5_000 });
  }
  expect(fetched.filter((url) => !url.startsWith(`${baseURL}/`) && !/^(data|blob):/.test(url))).toEqual([]);
  // Kept for good under its versioned name; a name not there is a sandboxed not-found, never a page to frame.
  const model = await request.get(new URL(modelFiles()[0]!).pathname);
  expect(model.status()).toBe(200);
  expect(model.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  const missing = await request.get("/face-model/no-such-version/blazeface.json");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-security-policy"]).toContain("sandbox");
  expect(missing.headers()["x-frame-options"]).toBe("DENY");
});

test("without the model, the selfie is taken with the plain oval", async ({ cameraPage, request }) => {
  test.setTimeout(120_000);
  const page = await cameraPage(clip);
  // The model's files never arrive: the worker's load fails and the guidance stands aside.
  let refused = 0;
  await page.route("**/face-model/**", (route) => {
    refused++;
    return route.abort("connectionrefused");
  });
  await startCheck(page, request, "Passport");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("button", { name: "Take 2 photos" }).click({ timeout: 20_000 });
  await expect(page.getByText("✓ Sent")).toHaveCount(2, { timeout: 20_000 });
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Take a selfie" })).toBeFocused();
  expect(refused).toBeGreaterThan(0);

  // A whole loop of the clip, every scene with a face problem in it: the region stays empty.
  const hint = page.getByTestId("quality-hint");
  const loop = FACE_SCENES.length * FACE_SCENE_SECONDS * 1_000;
  const shown = await listen(hint);
  await page.waitForTimeout(loop);
  expect(await shown()).toEqual([]);
  await page.getByRole("button", { name: "Take 2 photos" }).click();
  // The tray shows this step's photos.
  await expect(page.getByText("✓ Sent")).toHaveCount(2, { timeout: 20_000 });
  await expect(page.getByText(/may not be clear/)).toHaveCount(0);
});
