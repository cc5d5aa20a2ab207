import "server-only";
import { refusal, type Refusal } from "@/lib/refusal";

export interface BodyLimits {
  /** Give up on a body that sends nothing for this long (a stalled or deliberately slow client). */
  idleMs?: number;
  /** Asked before each chunk is kept, with its size: false stops the read ("refused"). */
  admit?: (bytes: number) => boolean;
}

/**
 * The raw request body, read no further than `maxBytes` ("too_large"), nor
 * past a chunk `admit` refuses ("refused"), nor waiting longer than `idleMs`
 * for the next chunk ("stalled").
 */
export async function readCappedBody(request: Request, maxBytes: number): Promise<Buffer | "too_large">;
export async function readCappedBody(
  request: Request,
  maxBytes: number,
  limits: BodyLimits,
): Promise<Buffer | "too_large" | "refused" | "stalled">;
export async function readCappedBody(
  request: Request,
  maxBytes: number,
  { idleMs, admit }: BodyLimits = {},
): Promise<Buffer | "too_large" | "refused" | "stalled"> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) return "too_large";
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const next = await readWithin(reader, idleMs);
    if (next === "stalled") {
      void reader.cancel().catch(() => {});
      return "stalled";
    }
    if (next.done) break;
    size += next.value.byteLength;
    const stop = size > maxBytes ? "too_large" : admit && !admit(next.value.byteLength) ? "refused" : null;
    if (stop) {
      await reader.cancel();
      return stop;
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks);
}

/** The reader's next chunk, or "stalled" when none comes within `idleMs` (no limit when undefined). */
function readWithin(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  idleMs: number | undefined,
): Promise<ReadableStreamReadResult<Uint8Array> | "stalled"> {
  if (idleMs === undefined) return reader.read();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise<"stalled">((resolve) => (timer = setTimeout(() => resolve("stalled"), idleMs)));
  return Promise.race([reader.read(), stalled]).finally(() => clearTimeout(timer));
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
  if (typeof bytes === "string") return refusal("payload_too_large", `The body is larger than ${maxBytes} bytes.`);
  try {
    return { ok: true, json: JSON.parse(bytes.toString("utf8")), bytes };
  } catch {
    return { ok: true, json: undefined, bytes };
  }
}
