// A connection that drops while photos are sent: they wait for it and go
// when it is back; a photo that still cannot be sent is offered again as it is.
import { expect, test } from "./support/test";
import { emulatedMediaBytes, emulatedSession, emulator, mediaSummary, startCheck } from "./support/check";

const FRAMES_ROUTE = "**/api/capture/*/frames?*";
/** What Veriff holds once the passport's photo page is sent: its two frames, at most 1920 px. */
const PASSPORT_FRONT = ["document-front image/jpeg 1920x1080", "document-front-pre image/jpeg 1920x1080"];

test("offline, photos wait for the connection and are sent once it is back", async ({ page, context, request }) => {
  test.setTimeout(60_000);
  const { sessionId } = await startCheck(page, request, "Passport");
  await page.getByRole("button", { name: "Start" }).click();
  const shutter = page.getByRole("button", { name: "Take 2 photos" });
  await expect(shutter).toBeEnabled({ timeout: 20_000 });

  await context.setOffline(true);
  await expect(page.getByRole("status").filter({ hasText: "You are offline" })).toBeVisible();
  await shutter.click();
  await expect(page.getByText("Waiting for a connection")).toHaveCount(2);
  // Longer than every retry of an upload put together (1 + 2 + 4 s): time offline uses none of them.
  await page.waitForTimeout(8_000);
  await expect(page.getByText("Waiting for a connection")).toHaveCount(2);
  expect(mediaSummary((await emulatedSession(request, sessionId)).attempts[0]?.media ?? [])).toEqual([]);

  await context.setOffline(false);
  await expect(page.getByText("✓ Sent")).toHaveCount(2, { timeout: 20_000 });
  await expect(page.getByText("You are offline")).toHaveCount(0);
  expect(mediaSummary((await emulatedSession(request, sessionId)).attempts[0]!.media)).toEqual(PASSPORT_FRONT);
});

test("a photo that cannot be sent after its retries offers Try again, which sends that same photo", async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  const { sessionId } = await startCheck(page, request, "Passport");
  await page.getByRole("button", { name: "Start" }).click();
  const tries: string[] = [];
  const bytesTried = new Map<string, Buffer>();
  const idsTried = new Set<string>();
  await page.route(FRAMES_ROUTE, (route) => {
    const query = new URL(route.request().url()).searchParams;
    const context = query.get("context")!;
    tries.push(context);
    idsTried.add(`${context} ${query.get("frame")}`);
    bytesTried.set(context, route.request().postDataBuffer()!);
    return route.abort("connectionfailed");
  });
  await page.getByRole("button", { name: "Take 2 photos" }).click({ timeout: 20_000 });
  const tryAgain = page.getByRole("button", { name: "Try again: Photo page of your passport" });
  await expect(tryAgain).toHaveCount(2, { timeout: 20_000 });
  await expect(page.getByText("The photo could not be sent. Reference: unknown_upload")).toHaveCount(2);
  // Each photo: the first try and 3 retries.
  expect(tries.sort()).toEqual([...Array(4).fill("document-front"), ...Array(4).fill("document-front-pre")]);
  // Every try of a photo carries its one id, so the server can tell a retry from a new photo.
  expect(idsTried.size).toBe(2);
  await expect(page.getByRole("button", { name: "Continue", exact: true })).toHaveCount(0);

  await page.unroute(FRAMES_ROUTE);
  await tryAgain.first().click();
  await expect(page.getByText("✓ Sent")).toHaveCount(1, { timeout: 20_000 });
  await tryAgain.click();
  await expect(page.getByText("✓ Sent")).toHaveCount(2, { timeout: 20_000 });
  await expect(tryAgain).toHaveCount(0);
  // Not taken anew: Veriff holds, byte for byte, the photos whose sending failed.
  const media = (await emulatedSession(request, sessionId)).attempts[0]!.media;
  expect(mediaSummary(media)).toEqual(PASSPORT_FRONT);
  for (const item of media)
    expect((await emulatedMediaBytes(request, item.id)).equals(bytesTried.get(item.context)!)).toBe(true);
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Take a selfie" })).toBeFocused();
});

test("a photo retaken while it waits for the connection is withdrawn: only the new ones reach Veriff", async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(60_000);
  const { sessionId } = await startCheck(page, request, "Passport");
  await page.getByRole("button", { name: "Start" }).click();
  const shutter = page.getByRole("button", { name: "Take 2 photos" });
  await expect(shutter).toBeEnabled({ timeout: 20_000 });
  const sent: string[] = [];
  page.on(
    "request",
    (sending) => sending.url().includes("/frames?") && sent.push(new URL(sending.url()).searchParams.get("frame")!),
  );

  await context.setOffline(true);
  await shutter.click();
  await expect(page.getByText("Waiting for a connection")).toHaveCount(2);
  await page.getByRole("button", { name: "Retake" }).click();
  await expect(page.getByText("Waiting for a connection")).toHaveCount(0);
  await shutter.click();
  await expect(page.getByText("Waiting for a connection")).toHaveCount(2);

  await context.setOffline(false);
  await expect(page.getByText("✓ Sent")).toHaveCount(2, { timeout: 20_000 });
  // Give a withdrawn upload every chance to show up.
  await page.waitForTimeout(2_000);
  expect(new Set(sent).size).toBe(2);
  expect(mediaSummary((await emulatedSession(request, sessionId)).attempts[0]!.media)).toEqual(PASSPORT_FRONT);
});

test("an answer lost while Veriff is slow: the page asks where the photo stands instead of sending it again", async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  const { sessionId } = await startCheck(page, request, "Passport");
  await page.getByRole("button", { name: "Start" }).click();
  const shutter = page.getByRole("button", { name: "Take 2 photos" });
  await expect(shutter).toBeEnabled({ timeout: 20_000 });
  // Veriff takes 4 s per photo; the first answer for each photo is lost on the way back (the request did reach the server).
  await request.put(`${emulator}/__emulator/faults`, {
    data: { endpoints: { "POST /sessions/{id}/media": { latencyMs: 4_000 } } },
  });
  const posts: string[] = [];
  const asked: string[] = [];
  await page.route(FRAMES_ROUTE, async (route) => {
    const frame = new URL(route.request().url()).searchParams.get("frame")!;
    posts.push(frame);
    if (posts.filter((id) => id === frame).length > 1) return route.continue();
    void route.fetch().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await route.abort("connectionreset");
  });
  page.on(
    "request",
    (sent) => sent.method() === "GET" && /\/frames\/[0-9a-f-]{36}$/.test(sent.url()) && asked.push(sent.url()),
  );
  try {
    await shutter.click();
    await expect(page.getByText("✓ Sent")).toHaveCount(2, { timeout: 30_000 });
  } finally {
    await request.put(`${emulator}/__emulator/faults`, { data: { endpoints: {} } });
  }
  // Each photo: its first try, one retry told it is on its way, then only questions until it was acknowledged.
  expect(posts.length).toBe(4);
  expect(asked.length).toBeGreaterThan(0);
  expect(mediaSummary((await emulatedSession(request, sessionId)).attempts[0]!.media)).toEqual(PASSPORT_FRONT);
});
