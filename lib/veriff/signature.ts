// Veriff's request, response and webhook signatures: HMAC-SHA256 of the exact
// bytes (a body, or the id in a GET/DELETE path), lowercase hex, 64 chars.
// One signer and one verifier, used by our client, our webhook receiver and
// the emulator alike.
import { createHmac, timingSafeEqual } from "node:crypto";

const SIGNATURE = /^[0-9a-fA-F]{64}$/;

export function sign(secret: string, payload: Uint8Array | string): string {
  return createHmac("sha256", secret).update(payload).digest("hex");
}

export type Verification = { ok: true; keyIndex: number } | { ok: false; reason: "missing" | "malformed" | "mismatch" };

/**
 * Checks `signature` against every secret (key rotation: any configured key
 * may have signed), in constant time. Upper- or lowercase hex is accepted.
 */
export function verify(
  secrets: readonly string[],
  payload: Uint8Array | string,
  signature: string | null | undefined,
): Verification {
  if (!signature) return { ok: false, reason: "missing" };
  if (!SIGNATURE.test(signature)) return { ok: false, reason: "malformed" };
  const received = Buffer.from(signature, "hex");
  let keyIndex = -1;
  // Check every key, even after a match, so timing does not tell which key matched.
  secrets.forEach((secret, index) => {
    const expected = createHmac("sha256", secret).update(payload).digest();
    if (timingSafeEqual(expected, received) && keyIndex < 0) keyIndex = index;
  });
  return keyIndex >= 0 ? { ok: true, keyIndex } : { ok: false, reason: "mismatch" };
}
