// Tracing as instrumentation.ts starts it, against a tiny OTLP receiver on
// loopback: a span per request named by its route, a child span per Veriff
// call, our and Veriff's session ids on them, and no capture token (nor any
// other secret) anywhere in what leaves the process, even from spans named by
// URL as Next.js names its own.
import { randomUUID } from "node:crypto";
import { context, propagation, SpanKind, trace } from "@opentelemetry/api";
import type { TracerProvider } from "@opentelemetry/sdk-trace";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_KEY, type Harness, SECRET, SEED_JPEG_BASE64 } from "@/emulator/test/harness";
import { startTracing } from "@/lib/tracing/start-tracing";
import { INTEGRATOR_KEY, integratorRequest, startAppWithEmulator } from "@/scripts/test-support/app-with-emulator";
import { OtlpReceiver } from "@/scripts/test-support/otlp-receiver";
import { POST as consentRoute } from "./capture/[token]/consent/route";
import { POST as framesRoute } from "./capture/[token]/frames/route";
import { GET as readRoute } from "./sessions/[id]/route";
import { POST as createSessionRoute } from "./sessions/route";

const receiver = new OtlpReceiver();
let harness: Harness;
let provider: TracerProvider;

beforeAll(async () => {
  harness = await startAppWithEmulator();
  provider = startTracing({
    endpoint: await receiver.start(),
    serviceName: "veriff-capture-test",
    scheduledDelayMillis: 5_000,
  });
});
afterAll(async () => {
  await provider.shutdown();
  trace.disable();
  context.disable();
  propagation.disable();
  await receiver.stop();
  await harness.close();
});

const params = (token: string) => ({ params: Promise.resolve({ token }) });

describe("traces", () => {
  it("send a span per request and per Veriff call, with the session's ids and no token", async () => {
    const created = await createSessionRoute(
      integratorRequest("http://app/api/sessions", {
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ document: { type: "PASSPORT", country: "EE" }, vendorData: "trace-me" }),
      }),
      {},
    );
    const session = (await created.json()) as { id: string; veriffSessionId: string; captureUrl: string };
    const token = new URL(session.captureUrl).pathname.split("/").pop()!;
    const consent = await consentRoute(
      new Request(`http://app/api/capture/${token}/consent`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ locale: "en" }),
      }),
      params(token),
    );
    expect(consent.status).toBe(200);
    const frame = await framesRoute(
      new Request(`http://app/api/capture/${token}/frames?context=face&frame=${randomUUID()}`, {
        method: "POST",
        headers: { "content-type": "image/jpeg" },
        body: new Uint8Array(Buffer.from(SEED_JPEG_BASE64, "base64")),
      }),
      params(token),
    );
    expect(frame.status).toBe(201);
    const read = await readRoute(integratorRequest(`http://app/api/sessions/${session.id}`, { method: "GET" }), {
      params: Promise.resolve({ id: session.id }),
    });
    expect(read.status).toBe(200);
    await provider.forceFlush();

    const spans = receiver.spans;
    const upload = spans.find((span) => span.name === "POST capture.frames");
    expect(upload).toMatchObject({
      kind: SpanKind.SERVER + 1, // OTLP numbers kinds from 1 (internal); the API from 0
      service: "veriff-capture-test",
      attributes: {
        "http.request.method": "POST",
        "http.route": "capture.frames",
        "http.response.status_code": 201,
        "app.session_id": session.id,
      },
    });
    const veriffUpload = spans.find((span) => span.name === "veriff POST /sessions/{id}/media");
    expect(veriffUpload).toMatchObject({
      kind: SpanKind.CLIENT + 1,
      traceId: upload!.traceId,
      parentSpanId: upload!.spanId,
      attributes: {
        "veriff.endpoint": "POST /sessions/{id}/media",
        "veriff.session_id": session.veriffSessionId,
        "http.response.status_code": 200,
        "veriff.attempts": 1,
      },
    });
    expect(spans.find((span) => span.name === "POST capture.consent")?.attributes["app.session_id"]).toBe(session.id);
    expect(spans.find((span) => span.name === "GET sessions.read")?.attributes["app.session_id"]).toBe(session.id);
    expect(spans.find((span) => span.name === "veriff POST /sessions")).toMatchObject({
      parentSpanId: spans.find((span) => span.name === "POST sessions.create")!.spanId,
    });

    const sent = receiver.bodies.join("\n");
    for (const secret of [token, INTEGRATOR_KEY, API_KEY, SECRET, "trace-me"]) expect(sent).not.toContain(secret);
  });

  it("scrub spans named by URL, as Next.js's own are: capture tokens, query strings and client addresses go", async () => {
    const token = "a".repeat(20) + randomUUID();
    trace
      .getTracer("next.js")
      .startSpan(`GET /capture/${token}?lang=de`, {
        kind: SpanKind.SERVER,
        attributes: {
          "http.target": `/api/capture/${token}/frames?context=face&frame=${randomUUID()}`,
          "next.route": "/api/capture/[token]/frames",
          "client.address": "203.0.113.7",
          "user_agent.original": "Mozilla/5.0",
        },
      })
      .end();
    await provider.forceFlush();
    const span = receiver.spans.find((received) => received.name === "GET /capture/[token]");
    expect(span?.attributes).toEqual({
      "http.target": "/api/capture/[token]/frames",
      "next.route": "/api/capture/[token]/frames",
    });
    expect(receiver.bodies.join("\n")).not.toContain(token);
    expect(receiver.bodies.join("\n")).not.toContain("203.0.113.7");
  });
});
