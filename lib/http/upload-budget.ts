import "server-only";
import { CAPTURE_LIMITS } from "@/lib/limits";

// What this process holds of upload bodies. Deliberately per process, not in
// Postgres: it guards this process's own memory, which no other instance shares.
interface Budget {
  bytes: number;
  perSession: Map<string, number>;
}
const state = globalThis as typeof globalThis & { uploadBudget?: Budget };
const budget = (): Budget => (state.uploadBudget ??= { bytes: 0, perSession: new Map() });

export interface UploadReservation {
  /** Counts `bytes` more of the body as held; false when the process's budget has no room for them. */
  take(bytes: number): boolean;
  /** Gives everything back (once, however often it is called). */
  release(): void;
}

/**
 * Room for one upload of `sessionId`'s, or null when that session already
 * has CAPTURE_LIMITS.uploadsInFlightPerSession uploads in this process (one
 * link cannot hold every slot). The body's bytes are counted as they arrive,
 * never as declared: a client that declares 16 MiB and sends one byte holds
 * one byte, and a stalled one is cut off by the reader.
 */
export function openUpload(sessionId: string): UploadReservation | null {
  const held = budget();
  const uploads = held.perSession.get(sessionId) ?? 0;
  if (uploads >= CAPTURE_LIMITS.uploadsInFlightPerSession) return null;
  held.perSession.set(sessionId, uploads + 1);
  let taken = 0;
  let released = false;
  return {
    take(bytes) {
      if (held.bytes + bytes > CAPTURE_LIMITS.uploadBytesInFlight) return false;
      held.bytes += bytes;
      taken += bytes;
      return true;
    },
    release() {
      if (released) return;
      released = true;
      held.bytes -= taken;
      const left = (held.perSession.get(sessionId) ?? 1) - 1;
      if (left > 0) held.perSession.set(sessionId, left);
      else held.perSession.delete(sessionId);
    },
  };
}
