// An upload that asks whether a lost answer landed (`landed`) keeps to the
// tries and waits longestCallMs counts, however Veriff fails: the capture's
// deadlines (lib/capture/deadlines.ts) are computed from that count.
import { describe, expect, it } from "vitest";
import { createVeriffClient } from "./client";
import { longestCallMs } from "./http";
import { sign } from "./signature";

const SECRET = "unit-test-shared-secret-000001";
const API_KEY = "11111111-2222-4333-8444-555555555555";
const SESSION = "aea9ba6d-1b47-47fc-a4fc-f72b6d3584a7";
const JPEG = { context: "face" as const, mimetype: "image/jpeg" as const, bytes: Buffer.from([0xff, 0xd8, 0xff]) };

/** A client whose clock moves only by its waits and timed-out tries; `answer` says what each POST gets. */
function clientWith(answer: (post: number) => "429" | "timeout" | "ok") {
  const seen = { posts: 0, clock: 0 };
  const maxAttempts = 4;
  const uploadTimeoutMs = 60_000;
  const signed = (text: string, init: ResponseInit = {}) =>
    new Response(text, {
      ...init,
      headers: { ...init.headers, "x-hmac-signature": sign(SECRET, text), "x-auth-client": API_KEY },
    });
  const client = createVeriffClient({
    apiUrl: "https://veriff.test/v1",
    apiKey: API_KEY,
    sharedSecrets: [SECRET],
    timeoutMs: 15_000,
    uploadTimeoutMs,
    maxAttempts,
    compressUploads: false,
    random: () => 0.5,
    sleep: async (ms) => {
      seen.clock += ms;
    },
    fetch: async () => {
      const outcome = answer(++seen.posts);
      if (outcome === "429")
        return signed(JSON.stringify({ status: "fail", code: "1101" }), {
          status: 429,
          headers: { "retry-after": "30" },
        });
      if (outcome === "timeout") {
        seen.clock += uploadTimeoutMs;
        throw new DOMException("timed out", "TimeoutError");
      }
      const image = { id: "media-1", context: "face", size: 3, mimetype: "image/jpeg", sessionId: SESSION };
      return signed(JSON.stringify({ status: "success", image }));
    },
  });
  return { client, seen, longest: longestCallMs(uploadTimeoutMs, maxAttempts), maxAttempts };
}

describe("uploadImage with landed", () => {
  it("tries at most maxAttempts times in all, 429s and lost answers together, within longestCallMs", async () => {
    const { client, seen, longest, maxAttempts } = clientWith((post) => (post % 2 ? "429" : "timeout"));
    let asked = 0;
    const error = await client
      .uploadImage(SESSION, JPEG, { landed: async () => (asked++, null) })
      .catch((caught: unknown) => caught);
    expect(String(error)).toMatch(/timeout/);
    expect(seen.posts).toBe(maxAttempts);
    expect(asked).toBe(1);
    expect(seen.clock).toBeLessThanOrEqual(longest);
  });

  it("answers with what landed instead of sending again, and sends again only when nothing did", async () => {
    const found = { id: "media-0", context: "face", size: 3 };
    const landedOnce = clientWith(() => "timeout");
    expect(await landedOnce.client.uploadImage(SESSION, JPEG, { landed: async () => found })).toEqual(found);
    expect(landedOnce.seen.posts).toBe(1);
    const second = clientWith((post) => (post === 1 ? "timeout" : "ok"));
    expect((await second.client.uploadImage(SESSION, JPEG, { landed: async () => null })).id).toBe("media-1");
    expect(second.seen.posts).toBe(2);
  });

  it("never sends again when Veriff cannot be asked whether it landed", async () => {
    const { client, seen } = clientWith(() => "timeout");
    const error = await client
      .uploadImage(SESSION, JPEG, { landed: () => Promise.reject(new Error("list failed")) })
      .catch((caught: unknown) => caught);
    expect(String(error)).toMatch(/timeout/);
    expect(seen.posts).toBe(1);
  });
});
