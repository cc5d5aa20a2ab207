// Unit tests of the request pipeline with a stubbed fetch (no network).
import crypto from "node:crypto";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { createVeriffClient } from "./client";
import { UPLOAD_GZIP_OPTIONS, signAndGzip } from "./compress";
import type { VeriffConfig } from "./http";
import { sign } from "./signature";

const SECRET = "unit-test-shared-secret-000001";
const API_KEY = "11111111-2222-4333-8444-555555555555";

function stubbedClient(answer: () => Response, overrides: Partial<VeriffConfig> = {}) {
  const requests: { url: string; init: RequestInit }[] = [];
  const client = createVeriffClient({
    apiUrl: "https://veriff.test/v1",
    apiKey: API_KEY,
    sharedSecrets: [SECRET],
    timeoutMs: 1_000,
    uploadTimeoutMs: 1_000,
    maxAttempts: 3,
    compressUploads: true,
    sleep: async () => {},
    fetch: async (url, init) => {
      requests.push({ url: String(url), init: init ?? {} });
      return answer();
    },
    ...overrides,
  });
  return { client, requests };
}

function signedAnswer(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const text = JSON.stringify(body);
  return new Response(text, {
    status,
    headers: {
      "content-type": "application/json",
      "x-auth-client": API_KEY,
      "x-hmac-signature": sign(SECRET, text),
      ...headers,
    },
  });
}

const uploaded = { status: "success", image: { id: "m1", context: "document-front", size: 3, mimetype: "image/jpeg" } };

describe("media upload body", () => {
  it("is signed over the uncompressed JSON and gzipped so it decompresses to exactly the signed bytes", async () => {
    const { client, requests } = stubbedClient(() => signedAnswer(uploaded));
    const bytes = crypto.randomBytes(20_000);
    await client.uploadImage("s1", { context: "document-front", mimetype: "image/jpeg", bytes });
    const { init } = requests[0]!;
    const headers = init.headers as Record<string, string>;
    expect(headers["content-encoding"]).toBe("gzip");
    const sent = zlib.gunzipSync(Buffer.from(init.body as Uint8Array));
    expect(headers["x-hmac-signature"]).toBe(sign(SECRET, sent));
    expect(JSON.parse(sent.toString())).toEqual({
      image: { context: "document-front", content: `data:image/jpeg;base64,${bytes.toString("base64")}` },
    });
  });

  it("is sent uncompressed when compression is turned off", async () => {
    const { client, requests } = stubbedClient(() => signedAnswer(uploaded), { compressUploads: false });
    await client.uploadImage("s1", { context: "face", mimetype: "image/jpeg", bytes: Buffer.from([1, 2, 3]) });
    const headers = requests[0]!.init.headers as Record<string, string>;
    expect(headers["content-encoding"]).toBeUndefined();
    expect(headers["x-hmac-signature"]).toBe(sign(SECRET, Buffer.from(requests[0]!.init.body as Uint8Array)));
  });

  it("compresses base64 image data to within 0.5 % of zlib's default level, in one chunk or four", async () => {
    // Random bytes stand in for JPEG data: both are incompressible before base64.
    const body = Buffer.from(
      JSON.stringify({ image: { context: "face", content: crypto.randomBytes(300_000).toString("base64") } }),
    );
    const single = zlib.gzipSync(body, UPLOAD_GZIP_OPTIONS).length;
    const { compressed } = await signAndGzip(SECRET, body, 4);
    expect(zlib.gunzipSync(compressed).equals(body)).toBe(true);
    const ours = Math.max(single, compressed.length);
    const reference = zlib.gzipSync(body).length;
    expect(ours / reference).toBeLessThanOrEqual(1.005);
  });
});

describe("answers", () => {
  it("refuses an answer whose signature does not verify, whatever it says", async () => {
    const { client } = stubbedClient(
      () => new Response(JSON.stringify(uploaded), { headers: { "x-hmac-signature": "0".repeat(64) } }),
    );
    await expect(client.getDecision("s1")).rejects.toMatchObject({
      kind: "signature",
      endpoint: "GET /sessions/{id}/decision",
    });
  });

  it("retries reads on 5xx and 429 (honouring Retry-After) and gives up after maxAttempts", async () => {
    const waits: number[] = [];
    let calls = 0;
    const { client } = stubbedClient(
      () =>
        ++calls === 1
          ? signedAnswer({ status: "fail", code: "1101" }, 429, { "retry-after": "2" })
          : signedAnswer({ status: "fail" }, 503),
      { sleep: async (ms) => void waits.push(ms), random: () => 0.5 },
    );
    const error = await client.getDecision("s1").catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: "http", status: 503, permanent: false, outcomeUnknown: true });
    expect(calls).toBe(3);
    expect(waits).toEqual([2_000, 250]); // Retry-After, then full jitter (0.5 × 500 ms)
  });

  it("takes an unsigned gateway error for what its status says, and retries it", async () => {
    let calls = 0;
    const { client } = stubbedClient(() =>
      ++calls < 3
        ? new Response("Bad gateway", { status: 502 })
        : signedAnswer({ status: "success", verification: null }),
    );
    expect(await client.getDecision("s1")).toEqual({ status: "success", verification: null });
    expect(calls).toBe(3);
  });

  it("does not repeat a permanent error and carries Veriff's code without the body", async () => {
    let calls = 0;
    const { client } = stubbedClient(() => {
      calls++;
      return signedAnswer({ status: "fail", code: "1402", message: "Image context not supported: Jane Doe" }, 400);
    });
    const error = await client
      .uploadImage("s1", { context: "face", mimetype: "image/jpeg", bytes: Buffer.from([1]) })
      .catch((caught: Error) => caught);
    expect(calls).toBe(1);
    expect(error).toMatchObject({ kind: "http", status: 400, code: "1402", permanent: true });
    expect((error as Error).message).toBe("Veriff POST /sessions/{id}/media: http HTTP 400 code 1402");
  });

  it("refuses invalid input before sending, naming fields but not values", async () => {
    const { client, requests } = stubbedClient(() => signedAnswer({}));
    const error = await client
      .createSession({ vendorData: "x".repeat(1001), endUserId: "Jane Doe" })
      .catch((caught: Error) => caught);
    expect(requests).toHaveLength(0);
    expect(error).toMatchObject({ kind: "invalid_request", permanent: true });
    expect((error as Error).message).toContain("vendorData, endUserId");
    expect((error as Error).message).not.toContain("Jane");
  });
});
