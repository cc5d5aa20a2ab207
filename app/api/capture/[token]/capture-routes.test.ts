// Route tests of the capture API against a real PostgreSQL and the emulator over HTTP.
import { createHash, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_KEY, type Harness, png, SECRET, SEED_JPEG_BASE64 } from "@/emulator/test/harness";
import { CAPTURE_ERROR_CODES } from "@/lib/capture/error-codes";
import { db } from "@/lib/db";
import { exportEnv } from "@/lib/env";
import { PEER_ADDRESS_HEADER, peerAddressStamp } from "@/lib/http/peer-address";
import { integratorRequest, startAppWithEmulator } from "@/scripts/test-support/app-with-emulator";
import { sign } from "@/lib/veriff/signature";
import { heif } from "@/scripts/test-support/heif";
import { emptyBoxesHeic, tinySegmentsJpeg } from "@/scripts/test-support/hostile-media";
import { documented } from "@/scripts/test-support/openapi-answers";
import { POST as createSessionHandler } from "../../sessions/route";
import { POST as webhookRoute } from "../../webhooks/veriff/route";
import { POST as collectedDataRoute } from "./collected-data/route";
import { POST as consentRoute } from "./consent/route";
import { GET as frameStatusRoute } from "./frames/[frameId]/route";
import { POST as framesRoute } from "./frames/route";
import { GET as stateRoute } from "./route";
import { POST as submitRoute } from "./submit/route";

const jpeg = Buffer.from(SEED_JPEG_BASE64, "base64");
// Every answer of POST /api/sessions here must be one the OpenAPI document describes (the drift check).
const createSessionRoute = documented("post", "/api/sessions", createSessionHandler);
let harness: Harness;

beforeAll(async () => {
  harness = await startAppWithEmulator();
});
afterAll(() => harness.close());

async function createSession(
  body: unknown = { document: { type: "PASSPORT", country: "EE" }, vendorData: "capture-test" },
  key?: string,
) {
  return createSessionRoute(
    integratorRequest(
      "http://app/api/sessions",
      { headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
      key,
    ),
    {},
  );
}

/** A session an integrator created, whose end-user has agreed on the capture link's first screen (unless `consented` is false). */
async function newCapture(documentType = "PASSPORT", { consented = true } = {}) {
  const response = await createSession({ document: { type: documentType, country: "EE" } });
  const body = await response.json();
  const token = new URL(body.captureUrl).pathname.split("/").pop() as string;
  if (consented) expect((await consent(token)).status).toBe(200);
  return { ...body, token };
}

const params = (token: string) => ({ params: Promise.resolve({ token }) });
const consent = (token: string, body: unknown = { locale: "en" }) =>
  consentRoute(
    new Request(`http://app/api/capture/${token}/consent`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    params(token),
  );
const frame = (token: string, context: string, bytes: Buffer, type = "image/jpeg", source?: string, frameId?: string) =>
  framesRoute(
    new Request(
      `http://app/api/capture/${token}/frames?context=${context}${source ? `&source=${source}` : ""}${frameId ? `&frame=${frameId}` : ""}`,
      {
        method: "POST",
        headers: { "content-type": type },
        body: new Uint8Array(bytes),
      },
    ),
    params(token),
  );
const status = (token: string, frameId: string) =>
  frameStatusRoute(new Request(`http://app/api/capture/${token}/frames/${frameId}`), {
    params: Promise.resolve({ token, frameId }),
  });
const submit = (token: string) =>
  submitRoute(new Request(`http://app/api/capture/${token}/submit`, { method: "POST" }), params(token));
const state = async (token: string) => {
  const response = await stateRoute(new Request(`http://app/api/capture/${token}`), params(token));
  return { status: response.status, body: await response.json() };
};
const errorCode = async (response: Response) => [response.status, (await response.json()).error.code];
// Every refusal of a capture route must be one the capture page has words for.
const captureErrorCode = async (response: Response) => {
  const [status, code] = await errorCode(response);
  expect(CAPTURE_ERROR_CODES).toContain(code);
  return [status, code];
};

const setFaults = (endpoints: Record<string, unknown>) =>
  fetch(`${harness.baseUrl}/__emulator/faults`, { method: "PUT", body: JSON.stringify({ endpoints }) });

async function capturePassport(token: string) {
  for (const context of ["document-front-pre", "document-front", "face-pre", "face"])
    expect((await frame(token, context, jpeg)).status).toBe(201);
}

describe("POST /api/sessions", () => {
  it("creates the Veriff session and answers with our id and an unguessable capture link", async () => {
    const response = await createSession();
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toEqual({
      id: expect.any(String),
      veriffSessionId: expect.any(String),
      captureUrl: expect.stringMatching(/^https:\/\/kyc\.example\.com\/capture\/[\w-]{43}$/),
      expiresAt: expect.any(String),
    });
    const row = await db().verificationSession.findUniqueOrThrow({ where: { id: body.id } });
    expect(row).toMatchObject({ veriffSessionId: body.veriffSessionId, documentType: "PASSPORT", status: "created" });
    expect(row.captureTokenHash).not.toContain(body.captureUrl.split("/").pop());
    expect(harness.emulator.session(body.veriffSessionId)).toBeDefined();
  });

  it("refuses a missing or wrong API key (401) and a body that is not a session (400)", async () => {
    expect(await errorCode(await createSession(undefined, "wrong-key-0123456789abcdef0123456789"))).toEqual([
      401,
      "invalid_api_key",
    ]);
    const invalid = await createSession({ document: { type: "SELFIE" }, vendorData: "x".repeat(1001) });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).error).toMatchObject({
      code: "invalid_request",
      fields: ["document.type", "vendorData"],
    });
  });
});

describe("POST /api/capture/{token}/consent", () => {
  it("takes no photo before the end-user agrees, then records the agreement once, with its time and language", async () => {
    const capture = await newCapture("PASSPORT", { consented: false });
    expect((await state(capture.token)).body.consented).toBe(false);
    expect(await captureErrorCode(await frame(capture.token, "face", jpeg))).toEqual([403, "consent_required"]);
    expect(harness.emulator.session(capture.veriffSessionId)?.attempts[0]?.media ?? []).toHaveLength(0);

    expect(await captureErrorCode(await consent(capture.token, { locale: "xx" }))).toEqual([400, "invalid_request"]);
    expect(await captureErrorCode(await consent("not-a-real-token"))).toEqual([404, "invalid_token"]);
    const first = await consent(capture.token, { locale: "de" });
    const { consentedAt } = await first.json();
    // Another tab agrees too: the first agreement stands.
    expect(await (await consent(capture.token)).json()).toEqual({ consentedAt });
    const row = await db().verificationSession.findUniqueOrThrow({
      where: { id: capture.id },
      include: { events: { where: { type: "consent.given" } } },
    });
    expect(row.consentedAt?.toISOString()).toBe(consentedAt);
    // With the very words the page showed, in the language it showed them.
    const wording =
      "Ich willige in die Verarbeitung meines Namens, meiner Geräteangaben, meines Dokuments und meines Gesichts (biometrische Daten) für diese Prüfung ein.";
    expect(row.events.map((event) => [event.actor, event.data])).toEqual([
      ["end_user", { page: "capture", locale: "de", wording }],
    ]);
    expect((await state(capture.token)).body.consented).toBe(true);
    expect((await frame(capture.token, "face", jpeg)).status).toBe(201);
  });

  it("is not asked again once the check was sent", async () => {
    const capture = await newCapture();
    await capturePassport(capture.token);
    expect((await submit(capture.token)).status).toBe(200);
    expect(await captureErrorCode(await consent(capture.token))).toEqual([409, "already_submitted"]);
  });
});

describe("POST /api/capture/{token}/frames", () => {
  it("sends a frame to Veriff and records only its metadata", async () => {
    const capture = await newCapture();
    const response = await frame(capture.token, "document-front-pre", jpeg);
    expect(response.status).toBe(201);
    const { frame: accepted } = await response.json();
    const upload = await db().mediaUpload.findUniqueOrThrow({ where: { id: accepted.id } });
    expect(upload).toMatchObject({
      status: "acknowledged",
      context: "document-front-pre",
      mimeType: "image/jpeg",
      sizeBytes: jpeg.length,
      width: 1,
      height: 1,
      attemptNumber: 1,
    });
    expect(upload.sha256).toMatch(/^[0-9a-f]{64}$/);
    const media = harness.emulator.session(capture.veriffSessionId)?.attempts[0]?.media[0];
    expect([media?.context, media?.bytes.equals(jpeg)]).toEqual(["document-front-pre", true]);
  });

  it("answers a retried frame (its first answer lost) as the first time, by the page's frame id, without sending it to Veriff again", async () => {
    const capture = await newCapture();
    const id = randomUUID();
    const first = await (await frame(capture.token, "face-pre", jpeg, "image/jpeg", undefined, id)).json();
    const again = await frame(capture.token, "face-pre", jpeg, "image/jpeg", undefined, id);
    expect([again.status, await again.json()]).toEqual([201, first]);
    // Frames with the same bytes but ids of their own are frames of their own (a still picture, a frozen camera).
    expect((await frame(capture.token, "face", jpeg, "image/jpeg", undefined, randomUUID())).status).toBe(201);
    expect((await frame(capture.token, "face", jpeg, "image/jpeg", undefined, randomUUID())).status).toBe(201);
    expect(harness.emulator.session(capture.veriffSessionId)?.attempts[0]?.media.map((media) => media.context)).toEqual(
      ["face-pre", "face", "face"],
    );
    expect(await db().mediaUpload.count({ where: { sessionId: capture.id } })).toBe(3);
    // An id is one frame's: not another context's, nor other bytes'.
    expect(await captureErrorCode(await frame(capture.token, "face", jpeg, "image/jpeg", undefined, id))).toEqual([
      409,
      "frame_id_reused",
    ]);
    expect(
      await captureErrorCode(await frame(capture.token, "face", jpeg, "image/jpeg", undefined, "not-a-uuid")),
    ).toEqual([400, "invalid_request"]);
    // The id in capitals is the same id.
    expect(
      await (await frame(capture.token, "face-pre", jpeg, "image/jpeg", undefined, id.toUpperCase())).json(),
    ).toEqual(first);
  });

  it("tells a retry that arrives while its frame is still on its way to wait, says where it stands, and sends the frame once", async () => {
    const capture = await newCapture();
    const id = randomUUID();
    expect((await status(capture.token, id)).status).toBe(404);
    await setFaults({ "POST /sessions/{id}/media": { latencyMs: 400 } });
    try {
      const first = frame(capture.token, "face", jpeg, "image/jpeg", undefined, id);
      // The retry comes once the first request has claimed the frame and is waiting on Veriff.
      await expect.poll(() => db().mediaUpload.count({ where: { clientFrameId: id, status: "pending" } })).toBe(1);
      expect(await captureErrorCode(await frame(capture.token, "face", jpeg, "image/jpeg", undefined, id))).toEqual([
        409,
        "frame_in_progress",
      ]);
      expect((await status(capture.token, id)).status).toBe(202);
      expect((await first).status).toBe(201);
    } finally {
      await setFaults({});
    }
    const settled = await status(capture.token, id.toUpperCase());
    expect([settled.status, (await settled.json()).frame.context]).toEqual([200, "face"]);
    expect((await frame(capture.token, "face", jpeg, "image/jpeg", undefined, id)).status).toBe(201);
    expect(harness.emulator.session(capture.veriffSessionId)?.attempts[0]?.media).toHaveLength(1);
    // An id that is not a UUID names no frame: unknown, as issue #12 asks of every malformed id.
    const malformed = await status(capture.token, "not-a-uuid");
    expect([malformed.status, await malformed.json()]).toEqual([404, { state: "unknown" }]);
  });

  it("records a frame Veriff took but whose recording failed when it is sent again, without sending it to Veriff twice", async () => {
    const capture = await newCapture();
    const id = randomUUID();
    const sha256 = createHash("sha256").update(jpeg).digest("hex");
    await db().mediaUpload.create({
      data: {
        sessionId: capture.id,
        attemptNumber: 1,
        context: "face",
        mimeType: "image/jpeg",
        sizeBytes: jpeg.length,
        sha256,
        clientFrameId: id,
        veriffMediaId: "media-from-veriff",
      },
    });
    expect((await status(capture.token, id)).status).toBe(404);
    const again = await frame(capture.token, "face", jpeg, "image/jpeg", undefined, id);
    expect([again.status, (await again.json()).frame.veriffMediaId]).toEqual([201, "media-from-veriff"]);
    expect(await db().mediaUpload.findFirstOrThrow({ where: { clientFrameId: id } })).toMatchObject({
      status: "acknowledged",
    });
    expect(harness.emulator.session(capture.veriffSessionId)?.attempts[0]?.media ?? []).toHaveLength(0);
  });

  it("sends a frame again under its id once its upload failed, or was left pending by a request that died", async () => {
    const capture = await newCapture();
    const id = randomUUID();
    await setFaults({ "POST /sessions/{id}/media": { status500Rate: 1 } });
    try {
      expect(await captureErrorCode(await frame(capture.token, "face", jpeg, "image/jpeg", undefined, id))).toEqual([
        503,
        "veriff_unavailable",
      ]);
    } finally {
      await setFaults({});
    }
    expect((await frame(capture.token, "face", jpeg, "image/jpeg", undefined, id)).status).toBe(201);

    // A request that died mid-upload, long ago: its row is given up, the frame sent.
    const lost = randomUUID();
    const sha256 = createHash("sha256").update(jpeg).digest("hex");
    const base = { sessionId: capture.id, attemptNumber: 1, mimeType: "image/jpeg", sizeBytes: jpeg.length, sha256 };
    const dead = await db().mediaUpload.create({
      data: { ...base, context: "face-pre", clientFrameId: lost, createdAt: new Date(Date.now() - 3_600_000) },
    });
    expect((await frame(capture.token, "face-pre", jpeg, "image/jpeg", undefined, lost)).status).toBe(201);
    expect(await db().mediaUpload.findUniqueOrThrow({ where: { id: dead.id } })).toMatchObject({
      status: "failed",
      errorCode: "abandoned",
      clientFrameId: null,
    });
    const rows = await db().mediaUpload.findMany({
      where: { sessionId: capture.id },
      orderBy: { createdAt: "asc" },
      select: { context: true, status: true },
    });
    expect(rows.map((row) => `${row.context}:${row.status}`)).toEqual([
      "face-pre:failed",
      "face:failed",
      "face:acknowledged",
      "face-pre:acknowledged",
    ]);
  });

  it("refuses every bad frame with a stable code", async () => {
    const capture = await newCapture();
    expect(await captureErrorCode(await frame("not-a-real-token", "face", jpeg))).toEqual([404, "invalid_token"]);
    expect(await captureErrorCode(await frame(capture.token, "selfie", jpeg))).toEqual([400, "invalid_context"]);
    expect(await captureErrorCode(await frame(capture.token, "face", Buffer.alloc(0)))).toEqual([400, "empty_file"]);
    expect(await captureErrorCode(await frame(capture.token, "face", jpeg, "image/gif"))).toEqual([
      415,
      "unsupported_type",
    ]);
    expect(await captureErrorCode(await frame(capture.token, "face", png(10, 10), "image/jpeg"))).toEqual([
      415,
      "type_mismatch",
    ]);
    // PDFs are off in this integration (VERIFF_PDF_ENABLED unset); proof-of-address.test.ts has them on.
    expect(
      await captureErrorCode(
        await frame(capture.token, "document-front", Buffer.from("%PDF-1.4\n%%EOF"), "application/pdf", "file"),
      ),
    ).toEqual([415, "pdf_not_accepted"]);
    // This session asks for no proof of address.
    expect(await captureErrorCode(await frame(capture.token, "address-front", jpeg))).toEqual([400, "invalid_context"]);
    expect(await captureErrorCode(await frame(capture.token, "face", png(2560, 1440), "image/png"))).toEqual([
      422,
      "too_many_pixels",
    ]);
    const huge = Buffer.concat([png(10, 10), Buffer.alloc(17 * 1024 * 1024)]);
    expect(await captureErrorCode(await frame(capture.token, "face", huge, "image/png"))).toEqual([
      413,
      "file_too_large",
    ]);
    expect(
      await captureErrorCode(await frame(capture.token, "face", Buffer.alloc(21 * 1024 * 1024), "image/png")),
    ).toEqual([413, "file_too_large"]);
    expect(await db().mediaUpload.count({ where: { session: { veriffSessionId: capture.veriffSessionId } } })).toBe(0);
  });

  it("takes a HEIC photo as it is, sized by its largest picture, and refuses one past 1920 px", async () => {
    const capture = await newCapture();
    const photo = heif([
      [512, 512],
      [1600, 1200],
      [320, 240],
    ]);
    const response = await frame(capture.token, "document-front", photo, "image/heic", "file");
    expect(response.status).toBe(201);
    const upload = await db().mediaUpload.findUniqueOrThrow({ where: { id: (await response.json()).frame.id } });
    expect(upload).toMatchObject({
      status: "acknowledged",
      source: "file",
      mimeType: "image/heic",
      width: 1600,
      height: 1200,
    });
    const media = harness.emulator.session(capture.veriffSessionId)?.attempts[0]?.media[0];
    expect([media?.mimetype, media?.bytes.equals(photo)]).toEqual(["image/heic", true]);
    // An iPhone photo: 512 px tiles first, the 4032 px picture after them.
    const phone = heif([
      [512, 512],
      [4032, 3024],
    ]);
    expect(await captureErrorCode(await frame(capture.token, "face", phone, "image/heic", "file"))).toEqual([
      422,
      "too_many_pixels",
    ]);
    expect(
      await captureErrorCode(
        await frame(capture.token, "face", heif([[800, 600]], { brand: "mif1" }), "image/jpeg", "file"),
      ),
    ).toEqual([415, "type_mismatch"]);
  });

  it("refuses a HEIC whose sizes hide a picture past 1920 px, or that holds no picture, and sends none of them", async () => {
    const capture = await newCapture();
    const refused = async (photo: Buffer) =>
      captureErrorCode(await frame(capture.token, "document-front", photo, "image/heic", "file"));
    // Larger by area is not larger by side: the 4000 px item counts.
    expect(
      await refused(
        heif([
          [1900, 1900],
          [4000, 100],
        ]),
      ),
    ).toEqual([422, "too_many_pixels"]);
    // A clean aperture crops only what viewers show: the coded picture is 1921 px.
    expect(await refused(heif([[1921, 1080]], { clap: [1920, 1080] }))).toEqual([422, "too_many_pixels"]);
    expect(await refused(heif([[1200, 900]], { mdat: false }))).toEqual([422, "unreadable_file"]);
    expect(await refused(heif([[1200, 900]], { pitm: false }))).toEqual([422, "unreadable_file"]);
    expect(await db().mediaUpload.count({ where: { session: { veriffSessionId: capture.veriffSessionId } } })).toBe(0);
    expect(harness.emulator.session(capture.veriffSessionId)?.attempts[0]?.media ?? []).toHaveLength(0);
  });

  it("refuses a JPEG or HEIC built to make the server walk millions of segments or boxes as unreadable, and sends neither", async () => {
    const capture = await newCapture();
    // 4 million empty segments before a 1x1 frame header: a reader that walked them all passed it on to Veriff.
    expect(await captureErrorCode(await frame(capture.token, "face", tinySegmentsJpeg(4_000_000)))).toEqual([
      422,
      "unreadable_file",
    ]);
    expect(
      await captureErrorCode(
        await frame(capture.token, "document-front", emptyBoxesHeic(2_000_000), "image/heic", "file"),
      ),
    ).toEqual([422, "unreadable_file"]);
    expect(await db().mediaUpload.count({ where: { session: { veriffSessionId: capture.veriffSessionId } } })).toBe(0);
    expect(harness.emulator.session(capture.veriffSessionId)?.attempts[0]?.media ?? []).toHaveLength(0);
  });

  it("sends a chosen file as the side itself, never as a -pre frame, and knows only two sources", async () => {
    const capture = await newCapture();
    expect(await captureErrorCode(await frame(capture.token, "face-pre", jpeg, "image/jpeg", "file"))).toEqual([
      400,
      "file_not_pre",
    ]);
    expect(await captureErrorCode(await frame(capture.token, "face", jpeg, "image/jpeg", "integrator"))).toEqual([
      400,
      "invalid_source",
    ]);
    expect(await db().mediaUpload.count({ where: { session: { veriffSessionId: capture.veriffSessionId } } })).toBe(0);
  });

  it("refuses a link that has expired", async () => {
    const capture = await newCapture();
    await db().verificationSession.update({
      where: { id: capture.id },
      data: { captureTokenExpiresAt: new Date(Date.now() - 1000) },
    });
    expect(await captureErrorCode(await frame(capture.token, "face", jpeg))).toEqual([410, "link_expired"]);
  });
});

describe("POST /api/capture/{token}/submit", () => {
  it("lists what is missing until every side has its frames", async () => {
    const capture = await newCapture("ID_CARD");
    await frame(capture.token, "document-front-pre", jpeg);
    const response = await submit(capture.token);
    expect(response.status).toBe(409);
    expect((await response.json()).error).toMatchObject({
      code: "capture_incomplete",
      missing: [
        { context: "document-front", needed: 2, acknowledged: 1 },
        { context: "document-back", needed: 2, acknowledged: 0 },
        { context: "face", needed: 2, acknowledged: 0 },
      ],
    });
  });

  it("takes one chosen file per side where the camera takes several frames", async () => {
    const capture = await newCapture("ID_CARD");
    for (const context of ["document-front", "document-back"])
      expect((await frame(capture.token, context, jpeg, "image/jpeg", "file")).status).toBe(201);
    // A camera frame of the plain context is only one of the camera's two.
    expect((await frame(capture.token, "face", jpeg)).status).toBe(201);
    expect((await state(capture.token)).body.missing).toEqual([{ context: "face", needed: 2, acknowledged: 1 }]);
    expect((await submit(capture.token)).status).toBe(409);
    expect((await frame(capture.token, "face", jpeg, "image/jpeg", "file")).status).toBe(201);
    const ready = await state(capture.token);
    expect(ready.body.missing).toEqual([]);
    expect(
      ready.body.frames.map((item: { context: string; source: string }) => `${item.context}:${item.source}`),
    ).toEqual(["document-front:file", "document-back:file", "face:camera", "face:file"]);
    expect((await submit(capture.token)).status).toBe(200);
    expect(harness.emulator.session(capture.veriffSessionId)?.status).toBe("submitted");
  });

  it("submits once even when several requests race, then refuses new frames", async () => {
    const capture = await newCapture();
    await capturePassport(capture.token);
    const answers = await Promise.all(Array.from({ length: 5 }, () => submit(capture.token)));
    // One request submits; the others are told it is on its way (202) or done (200).
    expect(answers.filter((answer) => answer.status === 200).length).toBeGreaterThanOrEqual(1);
    expect(answers.every((answer) => answer.status === 200 || answer.status === 202)).toBe(true);
    expect([(await submit(capture.token)).status, await (await submit(capture.token)).json()]).toEqual([
      200,
      { status: "submitted" },
    ]);
    const submits = harness.emulator.webhooks.deliveries.filter(
      (d) => d.sessionId === capture.veriffSessionId && JSON.parse(d.body).code === 7002,
    );
    expect(submits).toHaveLength(1);
    expect(await db().verificationSession.findUniqueOrThrow({ where: { id: capture.id } })).toMatchObject({
      status: "submitted",
    });
    expect(await captureErrorCode(await frame(capture.token, "face", jpeg))).toEqual([409, "already_submitted"]);
  });

  it("takes a second capture after Veriff asks for a resubmission", async () => {
    const capture = await newCapture();
    await capturePassport(capture.token);
    expect((await submit(capture.token)).status).toBe(200);
    // Veriff's decision webhook asks for new photos.
    const body = JSON.stringify({
      status: "success",
      verification: {
        id: capture.veriffSessionId,
        attemptId: "a1",
        status: "resubmission_requested",
        code: 9103,
        reasonCode: 204,
        decisionTime: new Date().toISOString(),
      },
    });
    const hook = await webhookRoute(
      new Request("http://app/api/webhooks/veriff", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-auth-client": API_KEY,
          "x-hmac-signature": sign(SECRET, body),
        },
        body,
      }),
      {},
    );
    expect(hook.status).toBe(200);
    expect(await db().verificationSession.findUniqueOrThrow({ where: { id: capture.id } })).toMatchObject({
      status: "resubmission_requested",
      attemptNumber: 2,
    });
    // The emulator has opened its own next attempt; the earlier frames do not count for the new one.
    harness.emulator.decide(harness.emulator.session(capture.veriffSessionId)!, {
      status: "resubmission_requested",
      code: 9103,
      reason: null,
      reasonCode: 204,
    });
    expect((await submit(capture.token)).status).toBe(409);
    await capturePassport(capture.token);
    expect((await submit(capture.token)).status).toBe(200);
    expect(harness.emulator.session(capture.veriffSessionId)?.status).toBe("submitted");
  });
});

describe("GET /api/capture/{token}", () => {
  it("shows what is already uploaded (for resuming) and what is missing, then the decision without personal data", async () => {
    const capture = await newCapture();
    await frame(capture.token, "document-front-pre", jpeg);
    const midway = await state(capture.token);
    expect(midway).toMatchObject({
      status: 200,
      body: {
        status: "started",
        documentType: "PASSPORT",
        attemptNumber: 1,
        framesPerContext: 2,
        frames: [{ context: "document-front-pre", width: 1, height: 1, sizeBytes: jpeg.length }],
        missing: [
          { context: "document-front", needed: 2, acknowledged: 1 },
          { context: "face", needed: 2, acknowledged: 0 },
        ],
        decision: null,
      },
    });

    await db().verificationSession.update({
      where: { id: capture.id },
      data: { status: "declined", decisionReasonCode: 103, personFirstName: "Jane", documentNumber: "AB123456" },
    });
    const decided = await state(capture.token);
    expect(decided.body.decision).toEqual({
      status: "declined",
      reason: "The person does not appear to match the document photo",
      reasonCode: 103,
    });
    expect(JSON.stringify(decided.body)).not.toMatch(/Jane|AB123456/);
  });

  it("tells the page whether it may take photos by itself: yes, unless CAPTURE_AUTO is false", async () => {
    const capture = await newCapture();
    expect((await state(capture.token)).body.autoCapture).toBe(true);
    exportEnv({ CAPTURE_AUTO: "false" });
    try {
      expect((await state(capture.token)).body.autoCapture).toBe(false);
    } finally {
      exportEnv({ CAPTURE_AUTO: "true" });
    }
  });

  it("refuses an unknown or expired link", async () => {
    expect((await state("no-such-token")).status).toBe(404);
    const capture = await newCapture();
    await db().verificationSession.update({
      where: { id: capture.id },
      data: { captureTokenExpiresAt: new Date(Date.now() - 1) },
    });
    expect(await state(capture.token)).toMatchObject({ status: 410, body: { error: { code: "link_expired" } } });
  });
});

describe("POST /api/capture/{token}/collected-data", () => {
  // Over a connection from `ip` (TRUSTED_PROXY_HOPS=0, stamped as lib/http/peer-address.ts does),
  // with an X-Forwarded-For the client made up.
  const send = (token: string, body: unknown, ip = "203.0.113.7") =>
    collectedDataRoute(
      new Request(`http://app/api/capture/${token}/collected-data`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          [PEER_ADDRESS_HEADER]: peerAddressStamp(ip),
          "x-forwarded-for": "198.18.0.66",
        },
        body: JSON.stringify(body),
      }),
      params(token),
    );
  const device = {
    fingerprint: "fp-0123456789",
    language: "et-EE",
    userAgent: "Mozilla/5.0",
    timezone: "Europe/Tallinn",
  };

  it("forwards the device data with the client's address to Veriff, once per session", async () => {
    const capture = await newCapture();
    const first = await send(capture.token, device);
    expect([first.status, await first.json()]).toEqual([202, { sent: true }]);
    expect(harness.emulator.session(capture.veriffSessionId)?.collectedData).toEqual([
      {
        providerName: "veriff-capture",
        network: { ip: { addressV4: "203.0.113.7" } },
        device: { fingerprint: "fp-0123456789" },
        browser: { language: "et-EE", userAgent: "Mozilla/5.0", timezone: "Europe/Tallinn" },
      },
    ]);
    expect(await (await send(capture.token, device)).json()).toEqual({ sent: false });
    expect(harness.emulator.session(capture.veriffSessionId)?.collectedData).toHaveLength(1);
  });

  it("sends an IPv6 client's address as IPv6, and an IPv4 client on a dual-stack socket as IPv4", async () => {
    const [v6, mapped] = [await newCapture(), await newCapture()];
    expect((await send(v6.token, device, "2001:DB8::7")).status).toBe(202);
    expect((await send(mapped.token, device, "::ffff:203.0.113.8")).status).toBe(202);
    expect(harness.emulator.session(v6.veriffSessionId)?.collectedData).toEqual([
      expect.objectContaining({ network: { ip: { addressV6: "2001:db8::7" } } }),
    ]);
    expect(harness.emulator.session(mapped.veriffSessionId)?.collectedData).toEqual([
      expect.objectContaining({ network: { ip: { addressV4: "203.0.113.8" } } }),
    ]);
  });

  it("sends nothing before the end-user agreed to the processing", async () => {
    const capture = await newCapture("PASSPORT", { consented: false });
    expect(await captureErrorCode(await send(capture.token, device))).toEqual([403, "consent_required"]);
    expect(harness.emulator.session(capture.veriffSessionId)?.collectedData).toEqual([]);
    await consent(capture.token);
    expect(await (await send(capture.token, device)).json()).toEqual({ sent: true });
  });

  it("never blocks the capture when Veriff refuses it, and refuses bad input", async () => {
    const capture = await newCapture();
    await setFaults({ "POST /sessions/{id}/collected-data": { status500Rate: 1 } });
    try {
      expect(await (await send(capture.token, device)).json()).toEqual({ sent: false });
    } finally {
      await setFaults({});
    }
    expect((await frame(capture.token, "face", jpeg)).status).toBe(201);
    expect(await (await send(capture.token, device)).json()).toEqual({ sent: true });
    expect((await send(capture.token, { language: "en" })).status).toBe(400);
  });
});
