// Integrators who capture themselves (a native app reading the passport chip)
// send frames and NFC data through the same checks, signing and ledger.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, png, SEED_JPEG_BASE64 } from "@/emulator/test/harness";
import { db } from "@/lib/db";
import { integratorRequest, startAppWithEmulator } from "@/scripts/test-support/app-with-emulator";
import { documented } from "@/scripts/test-support/openapi-answers";
import { POST as createSession } from "../route";
import { POST as uploadFrame } from "./frames/route";
import { POST as uploadNfc } from "./nfc/route";

// Every answer below must be one the OpenAPI document describes (the drift check).
const createSessionRoute = documented("post", "/api/sessions", createSession);
const framesRoute = documented("post", "/api/sessions/{id}/frames", uploadFrame);
const nfcRoute = documented("post", "/api/sessions/{id}/nfc", uploadNfc);

let harness: Harness;
beforeAll(async () => {
  harness = await startAppWithEmulator();
});
afterAll(() => harness.close());

async function newSession() {
  const response = await createSessionRoute(
    integratorRequest("http://app/api/sessions", {
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ document: { type: "PASSPORT" } }),
    }),
    {},
  );
  return (await response.json()) as { id: string; veriffSessionId: string };
}
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const group = (bytes: number) => Buffer.alloc(bytes, 9).toString("base64");

describe("POST /api/sessions/{id}/frames", () => {
  it("takes any of Veriff's contexts from an integrator and records the frame", async () => {
    const session = await newSession();
    const response = await framesRoute(
      integratorRequest(`http://app/api/sessions/${session.id}/frames?context=face-reference`, {
        headers: { "content-type": "image/jpeg" },
        body: new Uint8Array(Buffer.from(SEED_JPEG_BASE64, "base64")),
      }),
      params(session.id),
    );
    expect(response.status).toBe(201);
    expect(harness.emulator.session(session.veriffSessionId)?.attempts[0]?.media.map((media) => media.context)).toEqual(
      ["face-reference"],
    );
    const { frame } = await response.json();
    expect(await db().mediaUpload.findUniqueOrThrow({ where: { id: frame.id } })).toMatchObject({
      context: "face-reference",
      source: "integrator",
    });
  });

  it("sends a retried frame to Veriff once when the integrator names it (?frame=<uuid>)", async () => {
    const session = await newSession();
    const url = `http://app/api/sessions/${session.id}/frames?context=face&frame=${randomUUID()}`;
    const send = () =>
      framesRoute(
        integratorRequest(url, {
          headers: { "content-type": "image/jpeg" },
          body: new Uint8Array(Buffer.from(SEED_JPEG_BASE64, "base64")),
        }),
        params(session.id),
      );
    const first = await send();
    const again = await send();
    expect([first.status, again.status]).toEqual([201, 201]);
    expect((await again.json()).frame.id).toBe((await first.json()).frame.id);
    expect(harness.emulator.session(session.veriffSessionId)?.attempts[0]?.media).toHaveLength(1);
  });

  it("refuses callers without the API key, unknown sessions and oversized images", async () => {
    const session = await newSession();
    const url = `http://app/api/sessions/${session.id}/frames?context=face`;
    const body = new Uint8Array(png(2000, 1000));
    const unauthorized = await framesRoute(
      integratorRequest(url, { body }, "wrong-key-0123456789abcdef0123456789"),
      params(session.id),
    );
    expect(unauthorized.status).toBe(401);
    const unknown = await framesRoute(
      integratorRequest(url, { body, headers: { "content-type": "image/png" } }),
      params("01a20000-0000-7000-8000-000000000000"),
    );
    expect(unknown.status).toBe(404);
    const tooBig = await framesRoute(
      integratorRequest(url, { body, headers: { "content-type": "image/png" } }),
      params(session.id),
    );
    expect([tooBig.status, (await tooBig.json()).error.code]).toEqual([422, "too_many_pixels"]);
  });

  it("refuses a frame without a context as one with an unknown context, and a frame id that is not a UUID", async () => {
    const session = await newSession();
    const send = (query: string) =>
      framesRoute(
        integratorRequest(`http://app/api/sessions/${session.id}/frames${query}`, {
          headers: { "content-type": "image/jpeg" },
          body: new Uint8Array(Buffer.from(SEED_JPEG_BASE64, "base64")),
        }),
        params(session.id),
      );
    for (const query of ["", "?context=", "?context=selfie"]) {
      const response = await send(query);
      expect([response.status, (await response.json()).error.code], query).toEqual([400, "invalid_context"]);
    }
    const badFrameId = await send("?context=face&frame=42");
    expect([badFrameId.status, (await badFrameId.json()).error.code]).toEqual([400, "invalid_request"]);
    expect(harness.emulator.session(session.veriffSessionId)?.attempts[0]?.media).toEqual([]);
  });
});

describe("POST /api/sessions/{id}/nfc", () => {
  it("forwards COM, SOD, DG1 and DG2 and records them in the ledger", async () => {
    const session = await newSession();
    const response = await nfcRoute(
      integratorRequest(`http://app/api/sessions/${session.id}/nfc`, {
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ com: group(10), sod: group(20), dg1: group(30), dg2: group(40) }),
      }),
      params(session.id),
    );
    expect(response.status).toBe(201);
    const { upload } = await response.json();
    expect(await db().mediaUpload.findUniqueOrThrow({ where: { id: upload.id } })).toMatchObject({
      context: "document-nfc",
      source: "integrator",
      status: "acknowledged",
      sizeBytes: 100,
    });
    expect(harness.emulator.session(session.veriffSessionId)?.attempts[0]?.media[0]?.context).toBe("document-nfc");
  });

  it("refuses a missing data group or more than 500 KB before calling Veriff", async () => {
    const session = await newSession();
    for (const body of [
      { com: group(10), sod: group(10), dg1: group(10) },
      { com: group(10), sod: group(10), dg1: group(10), dg2: group(600 * 1024) },
    ]) {
      const response = await nfcRoute(
        integratorRequest(`http://app/api/sessions/${session.id}/nfc`, {
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        }),
        params(session.id),
      );
      expect([response.status, (await response.json()).error.code]).toEqual([400, "invalid_nfc_data"]);
    }
    expect(harness.emulator.session(session.veriffSessionId)?.attempts[0]?.media).toEqual([]);
  });
});

describe("an id that is not one of ours", () => {
  it("is 404 session_not_found on every integrator route, never a database error", async () => {
    for (const id of ["not-a-uuid", "'; drop table media_uploads; --", randomUUID()]) {
      const frames = await framesRoute(
        integratorRequest(`http://app/api/sessions/${encodeURIComponent(id)}/frames?context=face`, {
          headers: { "content-type": "image/jpeg" },
          body: new Uint8Array(Buffer.from(SEED_JPEG_BASE64, "base64")),
        }),
        params(id),
      );
      const nfc = await nfcRoute(
        integratorRequest(`http://app/api/sessions/${encodeURIComponent(id)}/nfc`, {
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ com: group(10), sod: group(10), dg1: group(10), dg2: group(10) }),
        }),
        params(id),
      );
      for (const response of [frames, nfc]) {
        expect([response.status, (await response.json()).error.code]).toEqual([404, "session_not_found"]);
      }
    }
  });
});
