// A frame whose request died after Veriff took it (the app killed mid-upload):
// its retry finds it in Veriff's media list and records it, never sends it twice.
import { createHash, randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type Harness, SEED_JPEG_BASE64 } from "@/emulator/test/harness";
import { recordConsent } from "@/scripts/test-support/capture";
import { db } from "@/lib/db";
import { veriff } from "@/lib/veriff/default-client";
import { integratorRequest, startAppWithEmulator } from "@/scripts/test-support/app-with-emulator";
import { POST as createSessionRoute } from "../../sessions/route";
import { POST as framesRoute } from "./frames/route";

const jpeg = Buffer.from(SEED_JPEG_BASE64, "base64");
let harness: Harness;
beforeAll(async () => {
  harness = await startAppWithEmulator();
});
afterAll(() => harness.close());

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

const sendFace = (token: string, frameId: string) =>
  framesRoute(
    new Request(`http://app/api/capture/${token}/frames?context=face&frame=${frameId}`, {
      method: "POST",
      headers: { "content-type": "image/jpeg" },
      body: new Uint8Array(jpeg),
    }),
    { params: Promise.resolve({ token }) },
  );
const heldByVeriff = (veriffSessionId: string) =>
  harness.emulator.session(veriffSessionId)?.attempts[0]?.media.map((media) => media.id) ?? [];
const setFaults = (endpoints: Record<string, unknown>) =>
  fetch(`${harness.baseUrl}/__emulator/faults`, { method: "PUT", body: JSON.stringify({ endpoints }) });

it("records a frame Veriff already holds from a request that died, instead of sending it again", async () => {
  const created = await newCapture();
  const token = created.token;

  // What a killed request leaves behind: Veriff has the frame, our row is pending without its id.
  const taken = await veriff().uploadImage(created.veriffSessionId, {
    context: "face",
    mimetype: "image/jpeg",
    bytes: jpeg,
  });
  const frameId = randomUUID();
  const sha256 = createHash("sha256").update(jpeg).digest("hex");
  const pending = await db().mediaUpload.create({
    data: {
      sessionId: created.id,
      attemptNumber: 1,
      context: "face",
      mimeType: "image/jpeg",
      sizeBytes: jpeg.length,
      sha256,
      clientFrameId: frameId,
      createdAt: new Date(Date.now() - 3_600_000),
    },
  });

  const retry = await framesRoute(
    new Request(`http://app/api/capture/${token}/frames?context=face&frame=${frameId}`, {
      method: "POST",
      headers: { "content-type": "image/jpeg" },
      body: new Uint8Array(jpeg),
    }),
    { params: Promise.resolve({ token }) },
  );
  expect(retry.status).toBe(201);
  expect((await retry.json()).frame).toMatchObject({ id: pending.id, veriffMediaId: taken.id });
  expect(harness.emulator.session(created.veriffSessionId)?.attempts[0]?.media.map((media) => media.id)).toEqual([
    taken.id,
  ]);
  expect(await db().mediaUpload.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({
    status: "acknowledged",
    veriffMediaId: taken.id,
  });
});

it("looks for a frame whose answer was lost before sending it again, and asks once more on its retry", async () => {
  const capture = await newCapture();
  // Veriff takes the frame, and its answer never arrives: found in Veriff's list, not sent twice.
  await setFaults({ "POST /sessions/{id}/media": { dropResponseRate: 1 } });
  try {
    const lost = await sendFace(capture.token, randomUUID());
    expect(lost.status).toBe(201);
    expect(heldByVeriff(capture.veriffSessionId)).toEqual([(await lost.json()).frame.veriffMediaId]);
  } finally {
    await setFaults({});
  }

  // Lost again, and Veriff cannot be asked either: the frame fails, its id kept for the retry.
  const frameId = randomUUID();
  await setFaults({
    "POST /sessions/{id}/media": { dropResponseRate: 1 },
    "GET /sessions/{id}/media": { status500Rate: 1 },
  });
  try {
    const failed = await sendFace(capture.token, frameId);
    expect([failed.status, (await failed.json()).error.code]).toEqual([503, "veriff_unavailable"]);
  } finally {
    await setFaults({});
  }
  expect(await db().mediaUpload.findFirstOrThrow({ where: { clientFrameId: frameId } })).toMatchObject({
    status: "failed",
    errorCode: "outcome_unknown",
  });
  expect(heldByVeriff(capture.veriffSessionId)).toHaveLength(2);
  const retry = await sendFace(capture.token, frameId);
  expect(retry.status).toBe(201);
  expect(heldByVeriff(capture.veriffSessionId)).toHaveLength(2);
  expect(heldByVeriff(capture.veriffSessionId)).toContain((await retry.json()).frame.veriffMediaId);
});

it("never takes the image of another frame of the same size that is still on its way", async () => {
  const capture = await newCapture();
  const sha256 = createHash("sha256").update(jpeg).digest("hex");
  const row = (clientFrameId: string, data: { status: "pending" } | { status: "failed"; errorCode: string }) =>
    db().mediaUpload.create({
      data: {
        sessionId: capture.id,
        attemptNumber: 1,
        context: "face",
        mimeType: "image/jpeg",
        sizeBytes: jpeg.length,
        sha256,
        clientFrameId,
        ...data,
      },
    });
  // A: failed not knowing whether Veriff took it, and Veriff did not.
  const lost = randomUUID();
  await row(lost, { status: "failed", errorCode: "outcome_unknown" });
  // B: on its way right now; Veriff has just stored it, its request has not recorded Veriff's id yet.
  const onItsWay = await row(randomUUID(), { status: "pending" });
  const taken = await veriff().uploadImage(capture.veriffSessionId, {
    context: "face",
    mimetype: "image/jpeg",
    bytes: jpeg,
  });

  // A's retry cannot tell B's image from its own while B is on its way: it is told to come back.
  const early = await sendFace(capture.token, lost);
  expect([early.status, (await early.json()).error.code]).toEqual([503, "veriff_unavailable"]);
  expect(heldByVeriff(capture.veriffSessionId)).toEqual([taken.id]);

  // B is recorded; A's retry now finds no image of its own and sends it.
  await db().mediaUpload.update({
    where: { id: onItsWay.id },
    data: { status: "acknowledged", veriffMediaId: taken.id },
  });
  const retry = await sendFace(capture.token, lost);
  expect(retry.status).toBe(201);
  const { frame } = await retry.json();
  expect(frame.veriffMediaId).not.toBe(taken.id);
  expect(heldByVeriff(capture.veriffSessionId)).toEqual([taken.id, frame.veriffMediaId]);
});
