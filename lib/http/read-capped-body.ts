import "server-only";
import { refusal, type Refusal } from "@/lib/refusal";

/** The raw request body, or "too_large" once it passes `maxBytes` (read no further). */
export async function readCappedBody(request: Request, maxBytes: number): Promise<Buffer | "too_large"> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) return "too_large";
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return "too_large";
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * The body parsed as JSON, read no further than `maxBytes`: a refusal past
 * it, `undefined` when it is not JSON. Read once: a route that needs a field
 * before handing the body on passes on these bytes, never reads it twice.
 */
export async function readJsonBody(
  request: Request,
  maxBytes: number,
): Promise<{ ok: true; json: unknown; bytes: Buffer } | Refusal<"payload_too_large">> {
  const bytes = await readCappedBody(request, maxBytes);
  if (bytes === "too_large") return refusal("payload_too_large", `The body is larger than ${maxBytes} bytes.`);
  try {
    return { ok: true, json: JSON.parse(bytes.toString("utf8")), bytes };
  } catch {
    return { ok: true, json: undefined, bytes };
  }
}
