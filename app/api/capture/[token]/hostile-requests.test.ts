// What an anonymous attacker tried against the capture API (issue #12), each
// reproduced against a real PostgreSQL and the emulator over HTTP: large
// bodies before the link is known, uploads without end, more frames than a
// check takes.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_KEY, type Harness, SEED_JPEG_BASE64 } from "@/emulator/test/harness";
import { recordConsent } from "@/scripts/test-support/capture";
import { db } from "@/lib/db";
import { openUpload } from "@/lib/http/upload-budget";
import { CAPTURE_LIMITS } from "@/lib/limits";
import { integratorRequest, startAppWithEmulator } from "@/scripts/test-support/app-with-emulator";
import { POST as authRoute } from "../../auth/[...all]/route";
import { POST as createSessionRoute } from "../../sessions/route";
import { POST as webhookRoute } from "../../webhooks/veriff/route";
import { POST as collectedDataRoute } from "./collected-data/route";
import { POST as consentRoute } from "./consent/route";
import { POST as framesRoute } from "./frames/route";

const MiB = 1024 * 1024;
const jpeg = Buffer.from(SEED_JPEG_BASE64, "base64");
let harness: Harness;
beforeAll(async () => {
  harness = await startAppWithEmulator();
});
afterAll(() => harness.close());

/** A body of `total` zero bytes made only as the reader pulls it, counting what it gave. */
function lazyBody(total: number, chunk = 256 * 1024) {
  const body = { pulled: 0, stream: undefined as unknown as ReadableStream<Uint8Array> };
  body.stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (body.pulled >= total) return controller.close();
        const size = Math.min(chunk, total - body.pulled);
        body.pulled += size;
        controller.enqueue(new Uint8Array(size));
      },
      // Nothing made before a reader asks: what was pulled is what the route read.
    },
    { highWaterMark: 0 },
  );
  return body;
}

/** A POST whose body is streamed without a Content-Length, as a client that hides its size sends it. */
function streamed(url: string, body: ReadableStream<Uint8Array>, type: string) {
  return new Request(url, { method: "POST", headers: { "content-type": type }, body, duplex: "half" } as RequestInit);
}

/** The highest resident memory seen while `work` runs, over what it was before. */
async function rssGrowth(work: () => Promise<unknown>): Promise<number> {
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 2);
  try {
    await work();
  } finally {
    clearInterval(sampler);
  }
  return Math.max(peak, process.memoryUsage.rss()) - before;
}

async function newCapture({ consented = true } = {}) {
  const response = await createSessionRoute(
    integratorRequest("http://app/api/sessions", {
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ document: { type: "PASSPORT", country: "EE" } }),
    }),
    {},
  );
  const created = await response.json();
  const token = new URL(created.captureUrl).pathname.split("/").pop() as string;
  if (consented) expect((await recordConsent(token, "en", () => "I agree.")).ok).toBe(true);
  return { ...created, token } as { id: string; veriffSessionId: string; token: string };
}

const params = (token: string) => ({ params: Promise.resolve({ token }) });
const refusal = async (response: Response) => [response.status, (await response.json()).error.code];

describe("JSON bodies of the capture routes", () => {
  it("are not read at all for a made-up link, and read no further than their cap for a real one", async () => {
    const capture = await newCapture();
    for (const [route, name, cap] of [
      [consentRoute, "consent", 1024],
      [collectedDataRoute, "collected-data", 4096],
    ] as const) {
      const unknown = lazyBody(100 * MiB);
      const known = lazyBody(100 * MiB);
      const growth = await rssGrowth(async () => {
        const made = `made-up-token-${randomUUID()}`;
        const url = (token: string) => `http://app/api/capture/${token}/${name}`;
        expect(
          await refusal(await route(streamed(url(made), unknown.stream, "application/json"), params(made))),
        ).toEqual([404, "invalid_token"]);
        expect(
          await refusal(
            await route(streamed(url(capture.token), known.stream, "application/json"), params(capture.token)),
          ),
        ).toEqual([413, "payload_too_large"]);
      });
      expect(unknown.pulled).toBe(0);
      // One chunk past the cap at most: the reader stops as soon as it is passed.
      expect(known.pulled).toBeLessThanOrEqual(cap + 256 * 1024);
      expect(growth).toBeLessThan(50 * MiB);
    }
  });
});

describe("POST /api/capture/{token}/frames", () => {
  it("turns away 30 slow 19.9 MB uploads to made-up links without reading them", async () => {
    const bodies = Array.from({ length: 30 }, () => lazyBody(19.9 * MiB, 64 * 1024));
    const growth = await rssGrowth(async () => {
      const answers = await Promise.all(
        bodies.map((body) => {
          const token = `made-up-${randomUUID()}`;
          const url = `http://app/api/capture/${token}/frames?context=face&frame=${randomUUID()}`;
          return framesRoute(streamed(url, body.stream, "application/pdf"), params(token)).then(refusal);
        }),
      );
      expect(new Set(answers.map(String))).toEqual(new Set(["404,invalid_token"]));
    });
    expect(bodies.reduce((sum, body) => sum + body.pulled, 0)).toBe(0);
    expect(growth).toBeLessThan(50 * MiB);
  });

  it("asks for an upload again later (503, Retry-After) when the process's upload budget is taken", async () => {
    const capture = await newCapture();
    const face = () =>
      framesRoute(
        new Request(`http://app/api/capture/${capture.token}/frames?context=face`, {
          method: "POST",
          headers: { "content-type": "image/jpeg" },
          body: new Uint8Array(jpeg),
        }),
        params(capture.token),
      );
    const held = openUpload("another-session")!;
    expect(held.take(CAPTURE_LIMITS.uploadBytesInFlight)).toBe(true);
    try {
      const response = await face();
      expect([response.status, response.headers.get("retry-after"), (await response.json()).error.code]).toEqual([
        503,
        "2",
        "server_busy",
      ]);
    } finally {
      held.release();
    }
    expect(harness.emulator.session(capture.veriffSessionId)?.attempts[0]?.media ?? []).toEqual([]);
    expect((await face()).status).toBe(201);
  });

  it("counts a body's bytes as they arrive, and lets one link hold only a few uploads at once", async () => {
    const attacker = await newCapture();
    const honest = await newCapture();
    // Uploads that declare 16 MiB and send nothing more: they hold no room, only their link's slots.
    const stalled = Array.from({ length: CAPTURE_LIMITS.uploadsInFlightPerSession }, () => {
      const body = new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(new Uint8Array(1)) });
      return framesRoute(
        new Request(`http://app/api/capture/${attacker.token}/frames?context=face`, {
          method: "POST",
          headers: { "content-type": "image/jpeg", "content-length": String(16 * MiB) },
          body,
          duplex: "half",
        } as RequestInit),
        params(attacker.token),
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const oneMore = await framesRoute(
      new Request(`http://app/api/capture/${attacker.token}/frames?context=face`, {
        method: "POST",
        headers: { "content-type": "image/jpeg" },
        body: new Uint8Array(jpeg),
      }),
      params(attacker.token),
    );
    expect(await refusal(oneMore)).toEqual([503, "server_busy"]);
    const other = await framesRoute(
      new Request(`http://app/api/capture/${honest.token}/frames?context=face`, {
        method: "POST",
        headers: { "content-type": "image/jpeg" },
        body: new Uint8Array(jpeg),
      }),
      params(honest.token),
    );
    expect(other.status).toBe(201);
    void Promise.allSettled(stalled);
  });

  it("takes no more frames per attempt than a check needs, a retry of one it holds aside", async () => {
    const capture = await newCapture();
    const send = (frameId: string) =>
      framesRoute(
        new Request(`http://app/api/capture/${capture.token}/frames?context=face&frame=${frameId}`, {
          method: "POST",
          headers: { "content-type": "image/jpeg" },
          body: new Uint8Array(jpeg),
        }),
        params(capture.token),
      );
    const ids = Array.from({ length: CAPTURE_LIMITS.framesPerAttempt }, () => randomUUID());
    for (const id of ids) expect((await send(id)).status).toBe(201);
    expect(await refusal(await send(randomUUID()))).toEqual([409, "too_many_frames"]);
    // A retry whose first answer was lost still gets it.
    expect((await send(ids[0]!)).status).toBe(201);
    expect(harness.emulator.session(capture.veriffSessionId)?.attempts[0]?.media).toHaveLength(
      CAPTURE_LIMITS.framesPerAttempt,
    );
    expect(await db().mediaUpload.count({ where: { sessionId: capture.id } })).toBe(CAPTURE_LIMITS.framesPerAttempt);
  });
});

describe("POST /api/auth/sign-in/email", () => {
  it("reads a sign-in body once, no further than 8 KiB: 100 MB are refused without filling memory", async () => {
    const body = lazyBody(100 * MiB);
    const growth = await rssGrowth(async () => {
      const response = await authRoute(
        new Request("https://kyc.example.com/api/auth/sign-in/email", {
          method: "POST",
          headers: { "content-type": "application/json", origin: "https://kyc.example.com" },
          body: body.stream,
          duplex: "half",
        } as RequestInit),
        {},
      );
      expect(await refusal(response)).toEqual([413, "payload_too_large"]);
    });
    expect(body.pulled).toBeLessThanOrEqual(8 * 1024 + 256 * 1024);
    expect(growth).toBeLessThan(50 * MiB);
  });
});

describe("POST /api/webhooks/veriff", () => {
  it("reads no body that does not claim to be Veriff's: our API key and a hex signature come first", async () => {
    for (const headers of [
      { "x-auth-client": "not-our-key", "x-hmac-signature": "a".repeat(64) },
      { "x-auth-client": API_KEY, "x-hmac-signature": "not-hex" },
    ]) {
      const body = lazyBody(2 * MiB);
      const response = await webhookRoute(
        new Request("http://app/api/webhooks/veriff", {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: body.stream,
          duplex: "half",
        } as RequestInit),
        {},
      );
      expect(await refusal(response)).toEqual([401, "webhook_unauthenticated"]);
      expect(body.pulled).toBe(0);
    }
  });
});
