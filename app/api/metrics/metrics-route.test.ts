// GET /api/metrics against a real PostgreSQL and the emulator over HTTP: who
// may read it, that what it answers is valid Prometheus text, and that the
// counters move when real requests go through the real routes.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_KEY, type Harness, SECRET, SEED_JPEG_BASE64 } from "@/emulator/test/harness";
import { exportEnv } from "@/lib/env";
import { forgetDatabaseGauges } from "@/lib/metrics/read-database-gauges";
import { veriff } from "@/lib/veriff/default-client";
import { sign } from "@/lib/veriff/signature";
import { integratorRequest, startAppWithEmulator } from "@/scripts/test-support/app-with-emulator";
import { Exposition } from "@/scripts/test-support/prometheus-text";
import { POST as framesRoute } from "../capture/[token]/frames/route";
import { POST as consentRoute } from "../capture/[token]/consent/route";
import { POST as submitRoute } from "../capture/[token]/submit/route";
import { POST as createSessionRoute } from "../sessions/route";
import { POST as webhookRoute } from "../webhooks/veriff/route";
import { GET as metricsRoute } from "./route";

const TOKEN = "metrics-token-for-tests-0123456789abcdef";
const jpeg = Buffer.from(SEED_JPEG_BASE64, "base64");
let harness: Harness;

beforeAll(async () => {
  harness = await startAppWithEmulator();
  exportEnv({ METRICS_TOKEN: TOKEN });
});
afterAll(() => harness.close());

const scrapeWith = (authorization?: string) =>
  metricsRoute(new Request("http://app/api/metrics", { headers: authorization ? { authorization } : {} }), {});

async function scrape(): Promise<Exposition> {
  forgetDatabaseGauges();
  const response = await scrapeWith(`Bearer ${TOKEN}`);
  expect(response.status).toBe(200);
  return new Exposition(await response.text());
}

const params = (token: string) => ({ params: Promise.resolve({ token }) });

async function newCapture() {
  const created = await createSessionRoute(
    integratorRequest("http://app/api/sessions", {
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ document: { type: "PASSPORT", country: "EE" } }),
    }),
    {},
  );
  expect(created.status).toBe(201);
  const body = (await created.json()) as { id: string; veriffSessionId: string; captureUrl: string };
  const token = new URL(body.captureUrl).pathname.split("/").pop()!;
  const consent = await consentRoute(
    new Request(`http://app/api/capture/${token}/consent`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ locale: "en" }),
    }),
    params(token),
  );
  expect(consent.status).toBe(200);
  return { ...body, token };
}

const frame = (token: string, context: string, bytes: Buffer, type = "image/jpeg") =>
  framesRoute(
    new Request(`http://app/api/capture/${token}/frames?context=${context}&frame=${randomUUID()}`, {
      method: "POST",
      headers: { "content-type": type },
      body: new Uint8Array(bytes),
    }),
    params(token),
  );

const webhook = (body: string, secret = SECRET) =>
  webhookRoute(
    new Request("http://app/api/webhooks/veriff", {
      method: "POST",
      headers: { "content-type": "application/json", "x-auth-client": API_KEY, "x-hmac-signature": sign(secret, body) },
      body,
    }),
    {},
  );

describe("who may read /api/metrics", () => {
  it("answers 404 while METRICS_TOKEN is unset, as if there were no such endpoint", async () => {
    exportEnv({ METRICS_TOKEN: "" });
    try {
      const response = await scrapeWith(`Bearer ${TOKEN}`);
      expect([response.status, (await response.json()).error.code]).toEqual([404, "not_found"]);
    } finally {
      exportEnv({ METRICS_TOKEN: TOKEN });
    }
  });

  it("refuses a missing or wrong bearer token with 401, and reads for the right one", async () => {
    for (const authorization of [undefined, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, TOKEN, "Basic abc"]) {
      const response = await scrapeWith(authorization);
      expect([response.status, (await response.json()).error.code]).toEqual([401, "invalid_metrics_token"]);
      expect(response.headers.get("www-authenticate")).toBe('Bearer realm="metrics"');
    }
    const response = await scrapeWith(`bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
  });
});

describe("what /api/metrics counts", () => {
  it("is valid Prometheus text with every metric the operations guide names", async () => {
    const metrics = await scrape();
    expect([...metrics.types]).toEqual(
      expect.arrayContaining([
        ["http_request_duration_seconds", "histogram"],
        ["capture_frames_total", "counter"],
        ["capture_submits_total", "counter"],
        ["veriff_request_duration_seconds", "histogram"],
        ["veriff_retries_total", "counter"],
        ["veriff_webhooks_received_total", "counter"],
        ["integrator_webhook_deliveries_total", "counter"],
        ["background_job_lag_seconds", "gauge"],
        ["verification_sessions", "gauge"],
        ["process_resident_memory_bytes", "gauge"],
      ]),
    );
    for (const job of ["reconcile_decisions", "expire_sessions", "purge_personal_data"])
      expect(metrics.has("background_job_lag_seconds", { job })).toBe(true);
  });

  it("moves frames, Veriff calls, submits and sessions by status as a capture goes through the routes", async () => {
    const before = await scrape();
    const capture = await newCapture();
    for (const context of ["document-front-pre", "document-front", "face-pre", "face"])
      expect((await frame(capture.token, context, jpeg)).status).toBe(201);
    // A PNG that says it is a JPEG, and a frame for a link that does not exist: refused, by code.
    expect((await frame(capture.token, "face", Buffer.from("\x89PNG\r\n\x1a\n0000"), "image/jpeg")).status).toBe(415);
    expect((await frame(`made-up-${randomUUID()}`, "face", jpeg)).status).toBe(404);
    expect(
      (await submitRoute(new Request("http://app/submit", { method: "POST" }), params(capture.token))).status,
    ).toBe(200);
    const after = await scrape();

    const delta = (name: string, labels: Record<string, string>) =>
      after.value(name, labels) - before.value(name, labels);
    expect(delta("capture_frames_total", { outcome: "acknowledged" })).toBe(4);
    expect(delta("capture_frames_total", { outcome: "type_mismatch" })).toBe(1);
    expect(delta("capture_frames_total", { outcome: "invalid_token" })).toBe(1);
    expect(delta("capture_submits_total", { outcome: "submitted" })).toBe(1);
    expect(
      delta("http_request_duration_seconds_count", { route: "capture.frames", method: "POST", status: "201" }),
    ).toBe(4);
    const media = { endpoint: "POST /sessions/{id}/media", status: "200" };
    expect(delta("veriff_request_duration_seconds_count", media)).toBe(4);
    expect(delta("veriff_request_duration_seconds_bucket", { ...media, le: "+Inf" })).toBe(4);
    expect(delta("veriff_request_duration_seconds_count", { endpoint: "PATCH /sessions/{id}", status: "200" })).toBe(1);
    expect(delta("verification_sessions", { status: "submitted" })).toBe(1);
  });

  it("counts a retried Veriff call's tries and retries by the reason of each failure", async () => {
    const capture = await newCapture();
    const before = await scrape();
    await fetch(`${harness.baseUrl}/__emulator/faults`, {
      method: "PUT",
      body: JSON.stringify({ endpoints: { "GET /sessions/{id}/decision": { status500Rate: 1 } } }),
    });
    try {
      await expect(veriff().getDecision(capture.veriffSessionId)).rejects.toMatchObject({ status: 500 });
    } finally {
      await fetch(`${harness.baseUrl}/__emulator/faults`, { method: "PUT", body: JSON.stringify({ endpoints: {} }) });
    }
    const after = await scrape();
    const endpoint = "GET /sessions/{id}/decision";
    const delta = (name: string, labels: Record<string, string>) =>
      after.value(name, labels) - before.value(name, labels);
    // VERIFF_MAX_ATTEMPTS (4) tries, so 3 retries.
    expect(delta("veriff_request_duration_seconds_count", { endpoint, status: "500" })).toBe(4);
    expect(delta("veriff_retries_total", { endpoint, reason: "500" })).toBe(3);
  });

  it("counts Veriff's webhooks by outcome: stored, duplicate, refused", async () => {
    const capture = await newCapture();
    const before = await scrape();
    // An event webhook (the end-user started); its random attempt id makes the body new.
    const body = JSON.stringify({
      id: capture.veriffSessionId,
      attemptId: randomUUID(),
      feature: "selfid",
      code: 7001,
      action: "started",
      vendorData: null,
      endUserId: null,
    });
    expect((await webhook(body)).status).toBe(200);
    expect((await webhook(body)).status).toBe(200);
    expect((await webhook(body, "not-the-secret-0123456789")).status).toBe(401);
    const after = await scrape();
    const delta = (outcome: string) =>
      after.value("veriff_webhooks_received_total", { outcome }) -
      before.value("veriff_webhooks_received_total", { outcome });
    expect([delta("stored"), delta("duplicate"), delta("webhook_unauthenticated")]).toEqual([1, 1, 1]);
  });
});
