// What this process does while it shuts down (lib/shutdown/), through the
// real frames route, a real PostgreSQL and the emulator: a new request is
// turned away, Veriff calls past the grace are cut off, and frames whose
// upload did not finish are released so that their retry is neither blocked
// nor sent twice. e2e/graceful-shutdown.spec.ts does the same to a running
// server with SIGTERM.
import { createHash, randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { type Harness, SEED_JPEG_BASE64 } from "@/emulator/test/harness";
import { db } from "@/lib/db";
import { route } from "@/lib/http/route";
import { releaseClaims } from "@/lib/shutdown/release-claims";
import { requestsFinished, shutdownState, trackRequest } from "@/lib/shutdown/shutdown-state";
import { recordConsent } from "@/scripts/test-support/capture";
import { integratorRequest, startAppWithEmulator } from "@/scripts/test-support/app-with-emulator";
import { POST as createSessionRoute } from "../../sessions/route";
import { POST as framesRoute } from "./frames/route";

const jpeg = Buffer.from(SEED_JPEG_BASE64, "base64");
let harness: Harness;
beforeAll(async () => {
  harness = await startAppWithEmulator();
});
afterAll(() => harness.close());
afterEach(async () => {
  const state = shutdownState();
  state.draining = false;
  state.cutoff = new AbortController();
  state.claims.clear();
  await setFaults({});
});

it("answers a request that arrives during the shutdown 503 server_busy with Retry-After, without running it", async () => {
  let ran = false;
  const handler = route("test.shutdown", async () => {
    ran = true;
    return new Response("ran");
  });
  shutdownState().draining = true;
  const answer = await handler(new Request("http://app/api/test"), {});
  expect(answer.status).toBe(503);
  expect(answer.headers.get("retry-after")).toBe("1");
  expect((await answer.json()).error.code).toBe("server_busy");
  expect(ran).toBe(false);
});

it("waits for the requests in flight, up to a bound", async () => {
  let finish = () => {};
  const inFlight = trackRequest(() => new Promise<void>((resolve) => (finish = resolve)));
  expect(await requestsFinished(50)).toBe(false);
  const finished = requestsFinished(5_000);
  finish();
  await inFlight;
  expect(await finished).toBe(true);
  expect(shutdownState().inFlight).toBe(0);
});

it("cuts off an upload Veriff holds past the grace: answered at once, its outcome unknown, its frame id kept", async () => {
  const capture = await newCapture();
  await setFaults({ "POST /sessions/{id}/media": { latencyMs: 5_000, dropRate: 1 } });
  const frameId = randomUUID();
  const started = performance.now();
  const answer = sendFace(capture.token, frameId);
  await until(async () => (await rowOf(frameId))?.status === "pending");
  expect(shutdownState().claims.size).toBe(1);
  shutdownState().cutoff.abort();
  const cut = await answer;
  expect([cut.status, (await cut.json()).error.code]).toEqual([503, "veriff_unavailable"]);
  expect(performance.now() - started).toBeLessThan(4_000);
  expect(await rowOf(frameId)).toMatchObject({ status: "failed", errorCode: "outcome_unknown" });
  // Settled: nothing left for the shutdown to release.
  expect(shutdownState().claims.size).toBe(0);
});

it("releases frames left pending, so that their retry is sent at once, and once", async () => {
  const capture = await newCapture();
  const row = (data: { status: "pending" | "acknowledged"; veriffMediaId?: string }) =>
    db().mediaUpload.create({
      data: {
        sessionId: capture.id,
        attemptNumber: 1,
        context: "face",
        mimeType: "image/jpeg",
        sizeBytes: jpeg.length,
        sha256: createHash("sha256").update(jpeg).digest("hex"),
        clientFrameId: randomUUID(),
        ...data,
      },
    });
  // What a handler the grace cut off before it could record anything leaves: a fresh pending row.
  const pending = await row({ status: "pending" });
  // Neither is released: one is done, and Veriff holds the other (its retry records it).
  const acknowledged = await row({ status: "acknowledged", veriffMediaId: `media-${randomUUID()}` });
  const unrecorded = await row({ status: "pending", veriffMediaId: `media-${randomUUID()}` });

  // Not released, the retry is told to wait for a sender that is gone, for minutes.
  const blocked = await sendFace(capture.token, pending.clientFrameId!);
  expect([blocked.status, (await blocked.json()).error.code]).toEqual([409, "frame_in_progress"]);

  expect(await releaseClaims([pending.id, acknowledged.id, unrecorded.id])).toBe(1);
  expect(await rowOf(pending.clientFrameId!)).toMatchObject({ status: "failed", errorCode: "outcome_unknown" });
  expect(await rowOf(acknowledged.clientFrameId!)).toMatchObject({ status: "acknowledged", errorCode: null });
  expect(await rowOf(unrecorded.clientFrameId!)).toMatchObject({ status: "pending", errorCode: null });

  // Released, the retry asks Veriff (which has nothing) and sends it: Veriff holds it once.
  const retry = await sendFace(capture.token, pending.clientFrameId!);
  expect(retry.status).toBe(201);
  const { frame } = await retry.json();
  expect(harness.emulator.session(capture.veriffSessionId)?.attempts[0]?.media.map((media) => media.id)).toEqual([
    frame.veriffMediaId,
  ]);
  expect(await releaseClaims([])).toBe(0);
});

async function newCapture() {
  const created = await (
    await createSessionRoute(
      integratorRequest("http://app/api/sessions", {
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ document: { type: "PASSPORT", country: "EE" } }),
      }),
      {},
    )
  ).json();
  const token = new URL(created.captureUrl).pathname.split("/").pop() as string;
  expect((await recordConsent(token, "en", () => "I agree.")).ok).toBe(true);
  return { ...created, token } as { id: string; veriffSessionId: string; token: string };
}

function sendFace(token: string, frameId: string) {
  return framesRoute(
    new Request(`http://app/api/capture/${token}/frames?context=face&frame=${frameId}`, {
      method: "POST",
      headers: { "content-type": "image/jpeg" },
      body: new Uint8Array(jpeg),
    }),
    { params: Promise.resolve({ token }) },
  );
}

const rowOf = (clientFrameId: string) => db().mediaUpload.findFirst({ where: { clientFrameId } });

function setFaults(endpoints: Record<string, unknown>) {
  return fetch(`${harness.baseUrl}/__emulator/faults`, { method: "PUT", body: JSON.stringify({ endpoints }) });
}

async function until(condition: () => Promise<boolean>): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > 10_000) throw new Error("condition not met within 10 s");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
