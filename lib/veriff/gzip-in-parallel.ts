// One gzip member made of independently compressed chunks, each deflated on
// its own libuv thread-pool thread (the way pigz splits its input). This is
// only sound because the chunks are Huffman-coded with no LZ77 matching: no
// chunk could have used the bytes of the one before it as a dictionary, so
// cutting the input loses nothing but a block header per chunk. Every chunk
// but the last ends in a sync flush (an empty stored block), which leaves it
// byte-aligned and without the final-block bit, so the raw deflate outputs
// concatenate into one valid deflate stream; the last ends with Z_FINISH.
// The gzip header and trailer (CRC-32 and length of the whole input) are ours.
import { promisify } from "node:util";
import zlib from "node:zlib";

const deflateRawAsync = promisify(zlib.deflateRaw);

// Below this, one chunk: a thread-pool round trip costs more than it saves.
export const MIN_CHUNK_BYTES = 64 * 1024;

// ID1 ID2, CM = deflate, FLG = none, MTIME = 0 (none), XFL = 4 (fastest
// compression, as zlib writes it for Huffman-only), OS = 3 (Unix).
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 4, 3]);

export type ParallelGzipOptions = {
  /** How many chunks to compress at once, at most; fewer if the body is small. */
  chunks: number;
  /** memLevel 9 gives Huffman-only deflate its largest blocks: a little smaller and faster. */
  memLevel?: number;
  /** No chunk smaller than this (tests set it low to cut small bodies). */
  minChunkBytes?: number;
};

/**
 * Starts compressing `body` and returns the pending gzip member at once, so
 * the caller can do other work (the HMAC) on this thread meanwhile.
 */
export function gzipHuffmanInParallel(body: Uint8Array, options: ParallelGzipOptions): Promise<Buffer> {
  const count = chunkCount(body.length, options.chunks, options.minChunkBytes);
  const boundary = (index: number) => Math.round((index * body.length) / count);
  const pending: Promise<Buffer>[] = [];
  for (let index = 0; index < count; index++) {
    const chunk = body.subarray(boundary(index), boundary(index + 1));
    const last = index === count - 1;
    pending.push(
      deflateRawAsync(chunk, {
        strategy: zlib.constants.Z_HUFFMAN_ONLY,
        level: 1,
        memLevel: options.memLevel ?? 9,
        finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
        // One output buffer per chunk (each extra one is another round trip to
        // this thread). Stored blocks bound the output: 5 bytes per 64 KiB.
        chunkSize: Math.max(16 * 1024, chunk.length + (chunk.length >> 10) + 1024),
      }),
    );
  }
  // The checksum is computed here while the chunks compress.
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(zlib.crc32(body), 0);
  // ISIZE is the input length modulo 2^32 (RFC 1952).
  trailer.writeUInt32LE(body.length >>> 0, 4);
  return Promise.all(pending).then((deflated) => Buffer.concat([GZIP_HEADER, ...deflated, trailer]));
}

export function chunkCount(bodyBytes: number, chunks: number, minChunkBytes = MIN_CHUNK_BYTES): number {
  return Math.max(1, Math.min(Math.floor(chunks), Math.floor(bodyBytes / Math.max(1, minChunkBytes))));
}
