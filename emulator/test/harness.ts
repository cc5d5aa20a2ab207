// Test harness: a real emulator on a random port, a client that signs like
// Veriff's docs say, and a webhook receiver that records what arrives.
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { sign } from "../../lib/veriff/signature";
import { Emulator, type EmulatorConfig } from "../emulator";

export const API_KEY = "11111111-2222-4333-8444-555555555555";
export const SECRET = "emulator-test-master-secret-0001";
export const OLD_SECRET = "emulator-test-older-secret-0002";

export interface ReceivedWebhook {
  headers: http.IncomingHttpHeaders;
  raw: string;
  body: Record<string, unknown>;
}

export async function startHarness(overrides: Partial<EmulatorConfig> = {}, receiverStatus = () => 200) {
  const received: ReceivedWebhook[] = [];
  const receiver = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      received.push({ headers: request.headers, raw, body: JSON.parse(raw) });
      response.statusCode = receiverStatus();
      response.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const emulator = new Emulator({
    apiKey: API_KEY,
    sharedSecrets: [SECRET, OLD_SECRET],
    webhookUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks`,
    decisionDelayMs: 0,
    strict: true,
    pdfEnabled: false,
    webhookTimeScale: 3_600_000, // an hour between retries becomes a millisecond
    faultSeed: 7,
    ...overrides,
  });
  const baseUrl = await emulator.listen(0);
  return {
    emulator,
    baseUrl,
    received,
    api: client(`${baseUrl}/v1`),
    async close() {
      await emulator.close();
      const closed = new Promise<void>((resolve) => receiver.close(() => resolve()));
      receiver.closeAllConnections();
      await closed;
    },
  };
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;

export interface ApiResponse {
  status: number;
  headers: Headers;
  raw: Buffer;
  json: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Requests signed exactly as the contract says; every part can be overridden to test refusals. */
export function client(apiUrl: string) {
  async function call(
    method: string,
    path: string,
    options: {
      body?: string | Buffer;
      signature?: string | null;
      headers?: Record<string, string>;
      signedId?: string;
    } = {},
  ): Promise<ApiResponse> {
    const headers: Record<string, string> = {
      "x-auth-client": API_KEY,
      "content-type": "application/json",
      ...options.headers,
    };
    const signedPayload = options.body ?? options.signedId;
    if (options.signature !== null && signedPayload !== undefined) {
      headers["x-hmac-signature"] = options.signature ?? sign(SECRET, signedPayload);
    } else if (options.signature) headers["x-hmac-signature"] = options.signature;
    const body = typeof options.body === "string" ? options.body : options.body && new Uint8Array(options.body);
    const response = await fetch(`${apiUrl}${path}`, { method, headers, body });
    const raw = Buffer.from(await response.arrayBuffer());
    let json = {};
    try {
      json = JSON.parse(raw.toString("utf8"));
    } catch {
      // media bytes
    }
    return { status: response.status, headers: response.headers, raw, json };
  }
  return {
    call,
    createSession: (verification: Record<string, unknown> = {}) =>
      call("POST", "/sessions", { body: JSON.stringify({ verification }) }),
    get: (path: string, signedId: string) => call("GET", path, { signedId }),
    upload: (sessionId: string, payload: unknown, encoding?: "gzip" | "deflate") => {
      const body = Buffer.from(JSON.stringify(payload));
      if (!encoding) return call("POST", `/sessions/${sessionId}/media`, { body });
      const compressed = encoding === "gzip" ? zlib.gzipSync(body) : zlib.deflateSync(body);
      return call("POST", `/sessions/${sessionId}/media`, {
        body: compressed,
        signature: sign(SECRET, body),
        headers: { "content-encoding": encoding },
      });
    },
    submit: (sessionId: string, extra: Record<string, unknown> = {}) =>
      call("PATCH", `/sessions/${sessionId}`, {
        body: JSON.stringify({ verification: { status: "submitted", ...extra } }),
      }),
  };
}

/**
 * A PNG of the given size, all black (compresses to almost nothing); with
 * `raw`, those bytes as its pixel data instead (empty: a PNG whose header
 * alone says its size, for checks that read no further).
 */
export function png(width: number, height: number, raw?: Buffer): Buffer {
  if (!raw) {
    const row = Buffer.alloc(1 + width * 3);
    raw = Buffer.concat(Array.from({ length: height }, () => row));
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(Buffer.concat([Buffer.from(type), data])));
    return Buffer.concat([length, Buffer.from(type), data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The 1x1 JPEG of the media-upload seed's examples. */
export const SEED_JPEG_BASE64 =
  "/9j/4AAQSkZJRgABAQEAYABgAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAABAAEDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAv/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAAAAX/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwA/AAAA";

export const image = (context: string, bytes: Buffer | string, prefix = "data:image/jpeg;base64,") => ({
  image: { context, content: `${prefix}${typeof bytes === "string" ? bytes : bytes.toString("base64")}` },
});

/** Polls until `check` passes (webhooks arrive asynchronously). */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
