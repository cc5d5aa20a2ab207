// /api/metrics on the production server while an end-user captures: the
// counters move by exactly what one passport check does.
import { Exposition } from "../scripts/test-support/prometheus-text";
import { captureSteps } from "./support/camera-steps";
import { METRICS_TOKEN, startCheck } from "./support/check";
import { expect, test } from "./support/test";
import type { APIRequestContext } from "@playwright/test";

async function scrape(request: APIRequestContext): Promise<Exposition> {
  const response = await request.get("/api/metrics", { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(response.status()).toBe(200);
  return new Exposition(await response.text());
}

test("/api/metrics refuses anyone without the token", async ({ request }) => {
  const response = await request.get("/api/metrics");
  expect([response.status(), (await response.json()).error.code]).toEqual([401, "invalid_metrics_token"]);
});

test("/api/metrics counts a passport check: 4 frames, 4 uploads to Veriff, 1 submit, its webhooks, its status", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const before = await scrape(request);
  await startCheck(page, request, "Passport");
  await page.getByRole("button", { name: "Start" }).click();
  await captureSteps(page, ["Photo page of your passport", "Take a selfie"]);
  await page.getByRole("button", { name: "Send for checking" }).click();
  // The emulator decides and its webhook reaches the app.
  await expect(page.getByRole("heading", { name: "✓ You are verified" })).toBeVisible({ timeout: 30_000 });

  const after = await scrape(request);
  const delta = (name: string, labels: Record<string, string>) =>
    after.value(name, labels) - before.value(name, labels);
  expect(delta("capture_frames_total", { outcome: "acknowledged" })).toBe(4);
  expect(delta("capture_submits_total", { outcome: "submitted" })).toBe(1);
  expect(delta("veriff_request_duration_seconds_count", { endpoint: "POST /sessions/{id}/media", status: "200" })).toBe(
    4,
  );
  expect(delta("veriff_request_duration_seconds_count", { endpoint: "PATCH /sessions/{id}", status: "200" })).toBe(1);
  expect(delta("http_request_duration_seconds_count", { route: "capture.frames", status: "201" })).toBe(4);
  // The decision webhook at least (the emulator also sends events).
  expect(delta("veriff_webhooks_received_total", { outcome: "stored" })).toBeGreaterThanOrEqual(1);
  // From PostgreSQL, read at most every 10 s: the approved session shows within that.
  await expect
    .poll(async () => (await scrape(request)).value("verification_sessions", { status: "approved" }), {
      timeout: 15_000,
    })
    .toBeGreaterThan(before.value("verification_sessions", { status: "approved" }));
});
