// The chunked gzip must be one gzip member whose one deflate stream ends
// exactly at the trailer, and must give back exactly the bytes it was given
// (which are the bytes the HMAC signed), whatever the body and chunk count.
import crypto from "node:crypto";
import zlib from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chunkCount, gzipHuffmanInParallel } from "./gzip-in-parallel";

/** Checks the member's framing by hand, then inflates its deflate stream alone. */
function expectOneMember(gzip: Buffer, body: Uint8Array) {
  expect([...gzip.subarray(0, 4)]).toEqual([0x1f, 0x8b, 8, 0]); // magic, deflate, no optional fields
  const trailer = gzip.subarray(gzip.length - 8);
  expect(trailer.readUInt32LE(0)).toBe(zlib.crc32(body));
  expect(trailer.readUInt32LE(4)).toBe(body.length >>> 0);
  // A final-block bit in any chunk but the last would end the stream early:
  // then inflate would stop short of the trailer.
  const deflated = gzip.subarray(10, gzip.length - 8);
  const { buffer, engine } = zlib.inflateRawSync(deflated, { info: true }) as unknown as {
    buffer: Buffer;
    engine: zlib.InflateRaw;
  };
  expect(engine.bytesWritten).toBe(deflated.length);
  expect(buffer.equals(body)).toBe(true);
  expect(zlib.gunzipSync(gzip).equals(body)).toBe(true);
}

describe("gzipHuffmanInParallel", () => {
  it("cuts a large body into the chunks asked for and joins them into one gzip member", async () => {
    const body = Buffer.from(JSON.stringify({ content: crypto.randomBytes(600_000).toString("base64") }));
    expect(chunkCount(body.length, 4)).toBe(4);
    const gzip = await gzipHuffmanInParallel(body, { chunks: 4 });
    expectOneMember(gzip, body);
    // Each cut costs a few bytes of block header and an empty stored block, no more.
    const whole = zlib.gzipSync(body, { strategy: zlib.constants.Z_HUFFMAN_ONLY, level: 1, memLevel: 9 });
    expect(gzip.length - whole.length).toBeLessThan(4 * 200);
  });

  it("keeps small bodies in one chunk, and compresses an empty body", async () => {
    expect(chunkCount(100_000, 4)).toBe(1);
    expect(chunkCount(0, 4)).toBe(1);
    expectOneMember(await gzipHuffmanInParallel(new Uint8Array(0), { chunks: 4 }), new Uint8Array(0));
  });

  it("gives back any body, cut into any number of chunks", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 5_000 }),
          // Long runs and few symbols, unlike base64: other Huffman tables per chunk.
          fc.array(fc.constantFrom(0, 1, 255), { maxLength: 5_000 }).map((bytes) => Uint8Array.from(bytes)),
        ),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 512 }),
        async (body, chunks, minChunkBytes) => {
          expectOneMember(await gzipHuffmanInParallel(body, { chunks, minChunkBytes }), body);
        },
      ),
      { numRuns: 300 },
    );
  });
});
