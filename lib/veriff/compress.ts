// Request-body signing and compression for media uploads. A base64 JPEG
// inside JSON has almost nothing for LZ77 to match (six bits of entropy per
// character, few repeats), so Huffman coding alone comes within about half a
// percent of zlib's default level in a fraction of its time; memLevel 9
// (larger blocks) is both a little smaller and a little faster here. With no
// matching there is no dictionary to share either, so the body is cut into
// chunks that compress at once on the thread pool and join into one gzip
// member (gzip-in-parallel.ts).
// bench/sign-compress measures it against the recipe of Veriff's examples.
import os from "node:os";
import zlib from "node:zlib";
import { gzipHuffmanInParallel } from "./gzip-in-parallel";
import { sign } from "./signature";

export const UPLOAD_GZIP_OPTIONS: zlib.ZlibOptions = { strategy: zlib.constants.Z_HUFFMAN_ONLY, level: 1, memLevel: 9 };

// One chunk per core, at most libuv's default thread pool of 4: more chunks
// than threads only queue behind each other and add block headers.
export const UPLOAD_GZIP_CHUNKS = Math.min(4, os.availableParallelism());

/**
 * Signs the exact body bytes and gzips them. The compression starts first and
 * runs on libuv's thread pool while the signature is computed here, so the
 * event loop only ever spends the time of the HMAC and the CRC-32.
 */
export async function signAndGzip(
  secret: string,
  body: Uint8Array,
  chunks = UPLOAD_GZIP_CHUNKS,
): Promise<{ signature: string; compressed: Buffer }> {
  const compressing = gzipHuffmanInParallel(body, { chunks, memLevel: UPLOAD_GZIP_OPTIONS.memLevel });
  const signature = sign(secret, body);
  return { signature, compressed: await compressing };
}
