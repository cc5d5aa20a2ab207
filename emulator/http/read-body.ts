import type { IncomingMessage } from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { VERIFF_LIMITS } from "../../lib/limits";
import { ApiError } from "./errors";

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);

const MAX_BODY_BYTES = VERIFF_LIMITS.requestBytes;

/**
 * The request body as the client signed it. Per the media-upload seed, on the
 * endpoints that take compression: exactly `gzip` or `deflate` (zlib format)
 * is decompressed; combined values and other encodings are 415; a header the
 * body does not match is 400. Elsewhere any Content-Encoding is 415.
 */
export async function readBody(request: IncomingMessage, { compressible = false } = {}): Promise<Buffer> {
  const raw = await readRaw(request, MAX_BODY_BYTES);
  const encoding = request.headers["content-encoding"]?.trim().toLowerCase();
  if (!encoding || encoding === "identity") return raw;
  if (!compressible || (encoding !== "gzip" && encoding !== "deflate")) {
    throw new ApiError(415, "1101", `Unsupported Content-Encoding "${encoding}": use exactly gzip or deflate`);
  }
  try {
    const options = { maxOutputLength: MAX_BODY_BYTES };
    return encoding === "gzip" ? await gunzip(raw, options) : await inflate(raw, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE")
      throw new ApiError(413, "1101", "Request body too large");
    throw new ApiError(400, "1101", `Request body is not ${encoding}-encoded as its Content-Encoding says`);
  }
}

async function readRaw(request: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new ApiError(413, "1101", "Request body too large");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
