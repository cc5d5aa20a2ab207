import "server-only";
import { CAPTURE_LIMITS } from "@/lib/limits";

// The bytes of upload bodies this process is holding. Deliberately per
// process, not in Postgres: it guards this process's own memory, which no
// other instance shares.
const state = globalThis as typeof globalThis & { uploadBytesInFlight?: number };

/**
 * Reserves room for an upload body of `bytes` in this process's budget
 * (CAPTURE_LIMITS.uploadBytesInFlight); null when it is full, and the request
 * should be told to come back. The returned function gives the room back
 * (once, however often it is called).
 */
export function reserveUploadBytes(bytes: number): (() => void) | null {
  const inFlight = state.uploadBytesInFlight ?? 0;
  if (inFlight > 0 && inFlight + bytes > CAPTURE_LIMITS.uploadBytesInFlight) return null;
  state.uploadBytesInFlight = inFlight + bytes;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    state.uploadBytesInFlight = (state.uploadBytesInFlight ?? bytes) - bytes;
  };
}

/** The size a request says its body has, capped at `max` (a body without a length may be as large as allowed). */
export function declaredBodyBytes(request: Request, max: number): number {
  const header = request.headers.get("content-length");
  const declared = header === null ? NaN : Number(header);
  return Number.isSafeInteger(declared) && declared >= 0 ? Math.min(declared, max) : max;
}
