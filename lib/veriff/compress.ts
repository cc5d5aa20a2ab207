// Request-body signing and compression for media uploads. A base64 JPEG
// inside JSON has almost nothing for LZ77 to match (six bits of entropy per
// character, few repeats), so Huffman coding alone comes within about half a
// percent of zlib's default level in a fraction of its time; memLevel 9
// (larger blocks) is both a little smaller and a little faster here. One
// output chunk per body: each chunk of an async gzip costs a round trip
// between the thread pool and the event loop.
// bench/sign-compress measures it against the recipe of Veriff's examples.
import { promisify } from "node:util";
import zlib from "node:zlib";
import { sign } from "./signature";

const gzipAsync = promisify(zlib.gzip);

export const UPLOAD_GZIP_OPTIONS: zlib.ZlibOptions = { strategy: zlib.constants.Z_HUFFMAN_ONLY, level: 1, memLevel: 9 };

/**
 * Signs the exact body bytes and gzips them. The compression starts first and
 * runs on libuv's thread pool while the signature is computed here, so the
 * event loop only ever spends the time of the HMAC.
 */
export async function signAndGzip(
  secret: string,
  body: Uint8Array,
): Promise<{ signature: string; compressed: Buffer }> {
  // Huffman-only output is never much larger than its input.
  const compressing = gzipAsync(body, { ...UPLOAD_GZIP_OPTIONS, chunkSize: Math.max(64 * 1024, body.length + 1024) });
  const signature = sign(secret, body);
  return { signature, compressed: await compressing };
}
