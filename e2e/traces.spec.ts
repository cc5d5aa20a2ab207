// Traces from the production server (playwright.external.config.ts turns
// tracing on): an end-user's capture arrives at a collector on this machine as
// Next.js's request spans, named by route template, with ours and the Veriff
// calls inside them; the capture link's token is nowhere in what was sent.
import { OtlpReceiver } from "../scripts/test-support/otlp-receiver";
import { OTLP_PORT, startCheck } from "./support/check";
import { expect, test } from "./support/test";

const receiver = new OtlpReceiver();
test.beforeAll(async () => {
  await receiver.start(OTLP_PORT);
});
test.afterAll(() => receiver.stop());

test("a capture's requests and Veriff calls arrive as spans with the session's ids and without its token", async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  const { token, sessionId: veriffSessionId } = await startCheck(page, request, "Passport");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("button", { name: "Take 2 photos" }).click({ timeout: 20_000 });
  await expect(page.getByText("✓ Sent")).toHaveCount(2, { timeout: 20_000 });

  // Sent in batches (OTEL_BSP_SCHEDULE_DELAY): wait for both uploads' Veriff calls.
  const uploads = () =>
    receiver.spans.filter(
      (span) =>
        span.name === "veriff POST /sessions/{id}/media" && span.attributes["veriff.session_id"] === veriffSessionId,
    );
  await expect.poll(() => uploads().length, { timeout: 15_000 }).toBe(2);

  for (const upload of uploads()) {
    const route = receiver.spans.find((span) => span.spanId === upload.parentSpanId);
    expect(route).toMatchObject({
      name: "POST capture.frames",
      attributes: { "http.route": "capture.frames", "http.response.status_code": 201 },
    });
    expect(route!.attributes["app.session_id"]).toMatch(/^[0-9a-f-]{36}$/);
    // Inside Next.js's own spans for the request, the outermost named by the route's template.
    let root = route!;
    for (let parent = route; parent; parent = receiver.spans.find((span) => span.spanId === root.parentSpanId))
      root = parent;
    expect(root).toMatchObject({ name: "POST /api/capture/[token]/frames", service: "veriff-capture" });
    expect(root.attributes["http.target"]).toBe("/api/capture/[token]/frames");
  }
  // The capture page itself was traced too, under its template (fetched by the start page's client-side navigation).
  expect(receiver.spans.some((span) => /^(RSC )?GET \/capture\/\[token\]$/.test(span.name))).toBe(true);
  expect(receiver.bodies.join("\n")).not.toContain(token);
});
