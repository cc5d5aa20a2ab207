import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sign, verify } from "../../lib/veriff/signature";
import { API_KEY, type Harness, image, OLD_SECRET, SECRET, SEED_JPEG_BASE64, startHarness } from "./harness";

let harness: Harness;
let sessionId: string;
beforeAll(async () => {
  harness = await startHarness();
  sessionId = (await harness.api.createSession()).json.verification.id;
});
afterAll(() => harness.close());

describe("authentication", () => {
  it("answers a request without X-AUTH-CLIENT with the documented 401 body, unsigned", async () => {
    const response = await harness.api.call("GET", `/sessions/${sessionId}/decision`, {
      signedId: sessionId,
      headers: { "x-auth-client": "" },
    });
    expect(response.status).toBe(401);
    expect(response.json).toEqual({
      status: "fail",
      code: "1101",
      message: "Mandatory X-AUTH-CLIENT header containing the API key is missing from the request.",
    });
    expect(response.headers.get("x-hmac-signature")).toBeNull();
  });

  it("refuses an API key that is not a UUID (1802) or belongs to no integration (1803)", async () => {
    const notUuid = await harness.api.call("POST", "/sessions", { body: "{}", headers: { "x-auth-client": "key" } });
    expect([notUuid.status, notUuid.json.code]).toEqual([401, "1802"]);
    const unknown = await harness.api.call("POST", "/sessions", {
      body: JSON.stringify({ verification: {} }),
      headers: { "x-auth-client": "99999999-2222-4333-8444-555555555555" },
    });
    expect([unknown.status, unknown.json.code]).toEqual([401, "1803"]);
  });

  it("creates a session without any signature (POST /sessions needs none)", async () => {
    const response = await harness.api.call("POST", "/sessions", {
      body: JSON.stringify({ verification: {} }),
      signature: null,
    });
    expect(response.status).toBe(201);
  });

  it("signs GET and DELETE over the id in the path: missing 1812, wrong 1818", async () => {
    const path = `/sessions/${sessionId}/decision`;
    const missing = await harness.api.call("GET", path, { signature: null });
    expect([missing.status, missing.json.code]).toEqual([401, "1812"]);
    const malformed = await harness.api.call("GET", path, { signature: "not-hex" });
    expect([malformed.status, malformed.json.code]).toEqual([401, "1812"]);
    const otherId = await harness.api.call("GET", path, { signature: sign(SECRET, "another-id") });
    expect([otherId.status, otherId.json.code]).toEqual([401, "1818"]);
    const upper = await harness.api.call("GET", path, { signature: sign(SECRET, sessionId).toUpperCase() });
    expect(upper.status).toBe(200);
  });

  it("signs POST and PATCH over the exact body bytes: a re-serialised body fails with 1819", async () => {
    const body = JSON.stringify(image("face", SEED_JPEG_BASE64));
    const reserialised = JSON.stringify(JSON.parse(body), null, 1);
    const response = await harness.api.call("POST", `/sessions/${sessionId}/media`, {
      body: reserialised,
      signature: sign(SECRET, body),
    });
    expect([response.status, response.json.code]).toEqual([401, "1819"]);
  });

  it("accepts requests signed with any configured secret (key rotation)", async () => {
    const response = await harness.api.call("GET", `/sessions/${sessionId}/attempts`, {
      signature: sign(OLD_SECRET, sessionId),
    });
    expect(response.status).toBe(200);
  });

  it("signs every response body with the master secret and names the integration", async () => {
    const response = await harness.api.get(`/sessions/${sessionId}/attempts`, sessionId);
    expect(response.headers.get("x-auth-client")).toBe(API_KEY);
    expect(verify([SECRET], response.raw, response.headers.get("x-hmac-signature"))).toEqual({ ok: true, keyIndex: 0 });
    const error = await harness.api.get(
      "/sessions/00000000-0000-4000-8000-000000000000/decision",
      "00000000-0000-4000-8000-000000000000",
    );
    expect(error.status).toBe(404);
    expect(verify([SECRET], error.raw, error.headers.get("x-hmac-signature")).ok).toBe(true);
  });
});

describe("Veriff's HMAC test vectors, over HTTP", () => {
  // The documented secret, body and session id; past authentication the
  // emulator answers with something other than 401.
  const VECTOR_SECRET = "abcdef12-abcd-abcd-abcd-abcdef012345";
  const VECTOR_BODY =
    '{"verification":{"callback":"https://veriff.com","person":{"firstName":"John","lastName":"Smith"},"document":{"type":"PASSPORT","country":"EE"},"vendorData":"unique id of a user","timestamp":"2016-05-19T08:30:25.597Z"}}';
  const VECTOR_SESSION_ID = "aea9ba6d-1b47-47fc-a4fc-f72b6d3584a7";
  let vectors: Harness;
  beforeAll(async () => {
    vectors = await startHarness({ sharedSecrets: [VECTOR_SECRET] });
  });
  afterAll(() => vectors.close());

  it("accepts the body vector's signature (then refuses its 2016 timestamp as too old)", async () => {
    const response = await vectors.api.call("POST", "/sessions/validate-registry", {
      body: VECTOR_BODY,
      signature: "6af6d95822e19e9cc707aec55395d8d363ba2c7bc4625bc04ebeca0c7bf8cd67",
    });
    expect([response.status, response.json.code]).toEqual([400, "1201"]);
  });

  it("accepts the session id vector's signature (then answers 404: no such session here)", async () => {
    const path = `/sessions/${VECTOR_SESSION_ID}/decision`;
    const signature = "895cb3fd31139d89aeb7b263682e15479ab57651e70591256ad2c14fde4950dd";
    expect((await vectors.api.call("GET", path, { signature })).status).toBe(404);
    const altered = await vectors.api.call("GET", path, { signature: `${signature.slice(0, -1)}e` });
    expect([altered.status, altered.json.code]).toEqual([401, "1818"]);
  });
});

describe("request compression (media-upload seed)", () => {
  const payload = image("document-front", SEED_JPEG_BASE64);

  it("accepts gzip and deflate bodies signed over the uncompressed JSON", async () => {
    expect((await harness.api.upload(sessionId, payload, "gzip")).status).toBe(200);
    expect((await harness.api.upload(sessionId, payload, "deflate")).status).toBe(200);
  });

  it("refuses a signature over the compressed bytes with 401 (the seed's most common mistake)", async () => {
    const compressed = zlib.gzipSync(JSON.stringify(payload));
    const response = await harness.api.call("POST", `/sessions/${sessionId}/media`, {
      body: compressed,
      headers: { "content-encoding": "gzip" },
    });
    expect([response.status, response.json.code]).toEqual([401, "1819"]);
  });

  it("refuses a Content-Encoding the body does not match with 400", async () => {
    const body = JSON.stringify(payload);
    const response = await harness.api.call("POST", `/sessions/${sessionId}/media`, {
      body,
      headers: { "content-encoding": "gzip" },
    });
    expect(response.status).toBe(400);
  });

  it("refuses a doubly compressed body (a proxy compressing again) with 401", async () => {
    const body = Buffer.from(JSON.stringify(payload));
    const response = await harness.api.call("POST", `/sessions/${sessionId}/media`, {
      body: zlib.gzipSync(zlib.gzipSync(body)),
      signature: sign(SECRET, body),
      headers: { "content-encoding": "gzip" },
    });
    expect([response.status, response.json.code]).toEqual([401, "1819"]);
  });

  it("takes compression on the media upload only", async () => {
    const body = JSON.stringify({ verification: { status: "submitted" } });
    const response = await harness.api.call("PATCH", `/sessions/${sessionId}`, {
      body: zlib.gzipSync(body),
      signature: sign(SECRET, body),
      headers: { "content-encoding": "gzip" },
    });
    expect(response.status).toBe(415);
  });

  it("refuses combined values and other encodings with 415", async () => {
    for (const encoding of ["gzip, deflate", "deflate, gzip", "br"]) {
      const body = zlib.gzipSync(JSON.stringify(payload));
      const response = await harness.api.call("POST", `/sessions/${sessionId}/media`, {
        body,
        signature: sign(SECRET, JSON.stringify(payload)),
        headers: { "content-encoding": encoding },
      });
      expect(response.status, encoding).toBe(415);
    }
  });
});
