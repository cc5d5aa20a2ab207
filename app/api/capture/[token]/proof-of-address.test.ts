// Proof of address and PDFs through the capture routes, against a real
// PostgreSQL and an emulated integration that has PDF uploads enabled.
import { createHash, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, SEED_JPEG_BASE64 } from "@/emulator/test/harness";
import { db } from "@/lib/db";
import { exportEnv } from "@/lib/env";
import { integratorRequest, startAppWithEmulator } from "@/scripts/test-support/app-with-emulator";
import { recordConsent } from "@/scripts/test-support/capture";
import { MAX_PDF_BYTES } from "@/lib/limits";
import { documented } from "@/scripts/test-support/openapi-answers";
import { POST as createSessionHandler } from "../../sessions/route";
import { POST as framesRoute } from "./frames/route";
import { GET as stateRoute } from "./route";
import { POST as submitRoute } from "./submit/route";

const jpeg = Buffer.from(SEED_JPEG_BASE64, "base64");
// Every answer of POST /api/sessions here must be one the OpenAPI document describes (the drift check).
const createSessionRoute = documented("post", "/api/sessions", createSessionHandler);
const pdf = Buffer.from("%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
let harness: Harness;

beforeAll(async () => {
  harness = await startAppWithEmulator({ pdfEnabled: true });
  exportEnv({ VERIFF_PDF_ENABLED: "true" });
});
afterAll(() => harness.close());

async function newCapture(body: Record<string, unknown>) {
  const response = await createSessionRoute(
    integratorRequest("http://app/api/sessions", {
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    {},
  );
  expect(response.status).toBe(201);
  const created = await response.json();
  const token = new URL(created.captureUrl).pathname.split("/").pop() as string;
  expect((await recordConsent(token, "en", () => "I agree.")).ok).toBe(true);
  return { ...created, token };
}

const params = (token: string) => ({ params: Promise.resolve({ token }) });
function frame(token: string, context: string, bytes: Buffer, { type = "image/jpeg", query = "" } = {}) {
  return framesRoute(
    new Request(`http://app/api/capture/${token}/frames?context=${context}${query}`, {
      method: "POST",
      headers: { "content-type": type },
      body: new Uint8Array(bytes),
    }),
    params(token),
  );
}
const submit = (token: string) =>
  submitRoute(new Request(`http://app/api/capture/${token}/submit`, { method: "POST" }), params(token));
const missing = async (token: string) =>
  (await (await stateRoute(new Request(`http://app/api/capture/${token}`), params(token))).json()).missing;
const errorCode = async (response: Response) => [response.status, (await response.json()).error.code];
const heldByEmulator = (veriffSessionId: string) =>
  harness.emulator.session(veriffSessionId)?.attempts[0]?.media.map((media) => [media.context, media.mimetype]);

describe("proof of address", () => {
  it("as its own flow: needs no document type, takes only address-front, and submits with one document", async () => {
    const capture = await newCapture({ proofOfAddress: "only", vendorData: "poa-only" });
    expect(await db().verificationSession.findUniqueOrThrow({ where: { id: capture.id } })).toMatchObject({
      proofOfAddress: "only",
      documentType: null,
    });
    expect(await missing(capture.token)).toEqual([{ context: "address-front", needed: 1, acknowledged: 0 }]);
    expect(await errorCode(await frame(capture.token, "document-front", jpeg))).toEqual([400, "invalid_context"]);
    expect(await errorCode(await frame(capture.token, "face", jpeg))).toEqual([400, "invalid_context"]);
    expect(await errorCode(await submit(capture.token))).toEqual([409, "capture_incomplete"]);

    const id = "3b241101-e2bb-4255-8caf-4136c566a962";
    expect(
      (await frame(capture.token, "address-front", pdf, { type: "application/pdf", query: `&source=file&frame=${id}` }))
        .status,
    ).toBe(201);
    expect(await missing(capture.token)).toEqual([]);
    // Veriff takes one: a second document is refused, a retry of the first is answered as before.
    expect(await errorCode(await frame(capture.token, "address-front", jpeg))).toEqual([409, "address_already_sent"]);
    expect(
      await errorCode(await frame(capture.token, "address-front", jpeg, { query: `&frame=${randomUUID()}` })),
    ).toEqual([409, "address_already_sent"]);
    // The same id in capitals is the same frame.
    expect(
      (
        await frame(capture.token, "address-front", pdf, {
          type: "application/pdf",
          query: `&source=file&frame=${id.toUpperCase()}`,
        })
      ).status,
    ).toBe(201);
    expect((await submit(capture.token)).status).toBe(200);
    expect(heldByEmulator(capture.veriffSessionId)).toEqual([["address-front", "application/pdf"]]);
    expect(harness.emulator.session(capture.veriffSessionId)?.status).toBe("submitted");
  });

  it("takes one of two proofs of address sent at once (two tabs, two devices), never both", async () => {
    const capture = await newCapture({ proofOfAddress: "only" });
    const answers = await Promise.all(
      [jpeg, pdf].map((bytes) =>
        frame(
          capture.token,
          "address-front",
          bytes,
          bytes === pdf
            ? { type: "application/pdf", query: `&source=file&frame=${randomUUID()}` }
            : { query: `&frame=${randomUUID()}` },
        ),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    expect(heldByEmulator(capture.veriffSessionId)).toHaveLength(1);
    expect(await db().mediaUpload.count({ where: { sessionId: capture.id } })).toBe(1);
  });

  it("is not blocked by a proof of address whose upload was left pending by a request that died", async () => {
    const capture = await newCapture({ proofOfAddress: "only" });
    const base = {
      sessionId: capture.id,
      attemptNumber: 1,
      context: "address-front",
      mimeType: "image/jpeg",
      sizeBytes: jpeg.length,
      sha256: "0".repeat(64),
    };
    await db().mediaUpload.create({ data: { ...base, clientFrameId: randomUUID() } });
    // Still on its way: the next one waits for it.
    expect(
      await errorCode(await frame(capture.token, "address-front", jpeg, { query: `&frame=${randomUUID()}` })),
    ).toEqual([409, "address_already_sent"]);
    await db().mediaUpload.updateMany({
      where: { sessionId: capture.id },
      data: { createdAt: new Date(Date.now() - 3_600_000) },
    });
    expect((await frame(capture.token, "address-front", jpeg, { query: `&frame=${randomUUID()}` })).status).toBe(201);
  });

  it("sends a proof of address again under its own id once the request that held it died", async () => {
    const capture = await newCapture({ proofOfAddress: "only" });
    const id = randomUUID();
    const sha256 = createHash("sha256").update(jpeg).digest("hex");
    const dead = await db().mediaUpload.create({
      data: {
        sessionId: capture.id,
        attemptNumber: 1,
        context: "address-front",
        mimeType: "image/jpeg",
        sizeBytes: jpeg.length,
        sha256,
        clientFrameId: id,
        createdAt: new Date(Date.now() - 3_600_000),
      },
    });
    expect((await frame(capture.token, "address-front", jpeg, { query: `&frame=${id}` })).status).toBe(201);
    expect(await db().mediaUpload.findUniqueOrThrow({ where: { id: dead.id } })).toMatchObject({
      status: "failed",
      errorCode: "abandoned",
      clientFrameId: null,
    });
    expect(heldByEmulator(capture.veriffSessionId)).toHaveLength(1);
  });

  it("with identity: asks for it after the document and selfie, and takes a photo of it from the camera", async () => {
    const capture = await newCapture({
      document: { type: "PASSPORT", country: "EE" },
      proofOfAddress: "with_identity",
    });
    for (const context of ["document-front-pre", "document-front", "face-pre", "face"])
      expect((await frame(capture.token, context, jpeg)).status).toBe(201);
    const refused = await submit(capture.token);
    expect([refused.status, (await refused.json()).error.missing]).toEqual([
      409,
      [{ context: "address-front", needed: 1, acknowledged: 0 }],
    ]);
    // One picture of one document: there is no earlier "-pre" frame of it.
    expect(await errorCode(await frame(capture.token, "address-front-pre", jpeg))).toEqual([400, "invalid_context"]);
    expect((await frame(capture.token, "address-front", jpeg)).status).toBe(201);
    expect((await submit(capture.token)).status).toBe(200);
    expect(heldByEmulator(capture.veriffSessionId)?.map(([context]) => context)).toEqual([
      "document-front-pre",
      "document-front",
      "face-pre",
      "face",
      "address-front",
    ]);
  });

  it("refuses a kind of session the Veriff integration is not set up for, before creating anything at Veriff", async () => {
    const create = (body: unknown) =>
      createSessionRoute(
        integratorRequest("http://app/api/sessions", {
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        }),
        {},
      );
    const sessionsAtVeriff = harness.emulator.store.sessions.size;
    exportEnv({ VERIFF_PROOF_OF_ADDRESS: "only" });
    try {
      const refused = await create({ document: { type: "PASSPORT" } });
      expect([refused.status, (await refused.json()).error]).toEqual([
        400,
        {
          code: "proof_of_address_not_enabled",
          message: "The Veriff integration is not set up for this kind of session.",
          enabled: ["only"],
        },
      ]);
      expect(harness.emulator.store.sessions.size).toBe(sessionsAtVeriff);
      expect((await create({ proofOfAddress: "only" })).status).toBe(201);
    } finally {
      exportEnv({ VERIFF_PROOF_OF_ADDRESS: "none,with_identity,only" });
    }
  });

  it("refuses a session that names no document type unless it asks for the address only", async () => {
    const response = await createSessionRoute(
      integratorRequest("http://app/api/sessions", {
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ proofOfAddress: "with_identity" }),
      }),
      {},
    );
    expect([response.status, (await response.json()).error.fields]).toEqual([400, ["document.type"]]);
  });
});

describe("PDFs of an identity document", () => {
  it("takes one PDF holding both sides of a card as the front, and the card is complete with the selfie", async () => {
    const capture = await newCapture({ document: { type: "ID_CARD", country: "EE" } });
    const response = await frame(capture.token, "document-front", pdf, {
      type: "application/pdf",
      query: "&source=file&sides=both",
    });
    expect(response.status).toBe(201);
    expect((await response.json()).frame).toMatchObject({
      context: "document-front",
      source: "file",
      bothSides: true,
      width: null,
      height: null,
    });
    expect(await missing(capture.token)).toEqual([{ context: "face", needed: 2, acknowledged: 0 }]);
    for (const context of ["face-pre", "face"]) expect((await frame(capture.token, context, jpeg)).status).toBe(201);
    expect((await submit(capture.token)).status).toBe(200);
    expect(heldByEmulator(capture.veriffSessionId)).toEqual([
      ["document-front", "application/pdf"],
      ["face-pre", "image/jpeg"],
      ["face", "image/jpeg"],
    ]);
  });

  it("takes the two sides as two PDFs", async () => {
    const capture = await newCapture({ document: { type: "DRIVERS_LICENSE", country: "EE" } });
    for (const context of ["document-front", "document-back"]) {
      expect(
        (await frame(capture.token, context, pdf, { type: "application/pdf", query: "&source=file" })).status,
      ).toBe(201);
    }
    expect(await missing(capture.token)).toEqual([{ context: "face", needed: 2, acknowledged: 0 }]);
  });

  it("refuses both sides from anything but a PDF sent as the front of a two-sided document, a PDF from the camera, and a PDF selfie", async () => {
    const card = await newCapture({ document: { type: "ID_CARD", country: "EE" } });
    const passport = await newCapture({ document: { type: "PASSPORT", country: "EE" } });
    const pdfFile = { type: "application/pdf", query: "&source=file&sides=both" };
    expect(
      await errorCode(await frame(card.token, "document-front", jpeg, { query: "&source=file&sides=both" })),
    ).toEqual([400, "both_sides_not_allowed"]);
    expect(await errorCode(await frame(card.token, "document-back", pdf, pdfFile))).toEqual([
      400,
      "both_sides_not_allowed",
    ]);
    expect(await errorCode(await frame(passport.token, "document-front", pdf, pdfFile))).toEqual([
      400,
      "both_sides_not_allowed",
    ]);
    expect(
      await errorCode(
        await frame(card.token, "document-front", pdf, { type: "application/pdf", query: "&sides=front" }),
      ),
    ).toEqual([400, "invalid_request"]);
    expect(await errorCode(await frame(card.token, "document-front", pdf, { type: "application/pdf" }))).toEqual([
      415,
      "pdf_not_accepted",
    ]);
    expect(
      await errorCode(await frame(card.token, "face", pdf, { type: "application/pdf", query: "&source=file" })),
    ).toEqual([415, "pdf_not_accepted"]);
    const over = Buffer.concat([pdf, Buffer.alloc(MAX_PDF_BYTES + 1 - pdf.length)]);
    expect(
      await errorCode(
        await frame(card.token, "document-front", over, { type: "application/pdf", query: "&source=file" }),
      ),
    ).toEqual([413, "file_too_large"]);
    expect(await db().mediaUpload.count({ where: { sessionId: { in: [card.id, passport.id] } } })).toBe(0);
  });

  it("takes a PDF of exactly 20 MB, read as 20,000,000 bytes", async () => {
    const card = await newCapture({ document: { type: "ID_CARD", country: "EE" } });
    const largest = Buffer.concat([pdf, Buffer.alloc(MAX_PDF_BYTES - pdf.length)]);
    expect(largest.length).toBe(20_000_000);
    expect(
      (await frame(card.token, "document-front", largest, { type: "application/pdf", query: "&source=file" })).status,
    ).toBe(201);
    expect(harness.emulator.session(card.veriffSessionId)?.attempts[0]?.media[0]?.bytes.length).toBe(20_000_000);
  });
});
