// The signature of the webhooks this app sends to the integrator, both sides
// of it. Self-contained on purpose (Node's crypto and nothing else, no
// framework, no server-only marker): an integrator may import this file or
// copy it into its own code base, and the app signs with the same code.
//
//   Veriff-Capture-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>." + raw body>
//
// The timestamp is signed with the body, so a captured delivery replayed
// later fails the tolerance check; several secrets are accepted while one is
// rotated; signatures are compared in constant time.
import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "Veriff-Capture-Signature";
/** How far a signature's timestamp may be from now, either way, by default. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

export type VerifyResult =
  | { ok: true; timestamp: number; secretIndex: number }
  | { ok: false; reason: "missing_header" | "malformed_header" | "timestamp_out_of_tolerance" | "signature_mismatch" };

/** The header's value for `rawBody` signed with `secret` at `timestamp` (unix seconds). */
export function signIntegratorWebhook(secret: string, rawBody: string | Uint8Array, timestamp: number): string {
  return `t=${timestamp},v1=${hmac(secret, timestamp, rawBody).toString("hex")}`;
}

/**
 * Checks a delivery: `rawBody` exactly as received (before any JSON parsing),
 * `header` the Veriff-Capture-Signature header, `secrets` every secret you
 * accept (the current one, and the previous one while rotating). Parse the
 * body only when this answers ok.
 */
export function verifyIntegratorWebhook(
  rawBody: string | Uint8Array,
  header: string | null | undefined,
  secrets: string | readonly string[],
  { toleranceSeconds = DEFAULT_TOLERANCE_SECONDS, now = Date.now() }: { toleranceSeconds?: number; now?: number } = {},
): VerifyResult {
  if (!header) return { ok: false, reason: "missing_header" };
  const parsed = parseHeader(header);
  if (!parsed) return { ok: false, reason: "malformed_header" };
  // Checked before the HMAC: cheap, and a replay is refused whatever it carries.
  if (Math.abs(now / 1000 - parsed.timestamp) > toleranceSeconds) {
    return { ok: false, reason: "timestamp_out_of_tolerance" };
  }
  const list = typeof secrets === "string" ? [secrets] : secrets;
  for (const [secretIndex, secret] of list.entries()) {
    const expected = hmac(secret, parsed.timestamp, rawBody);
    // Every given signature is compared with every secret, each in constant time.
    if (parsed.signatures.some((signature) => timingSafeEqual(signature, expected))) {
      return { ok: true, timestamp: parsed.timestamp, secretIndex };
    }
  }
  return { ok: false, reason: "signature_mismatch" };
}

function hmac(secret: string, timestamp: number, rawBody: string | Uint8Array): Buffer {
  return createHmac("sha256", secret).update(`${timestamp}.`).update(rawBody).digest();
}

/** `t` once, one or more `v1` of 64 hex digits; other schemes are ignored, as a later version may add some. */
function parseHeader(header: string): { timestamp: number; signatures: Buffer[] } | null {
  if (header.length > 1024) return null;
  let timestamp: number | undefined;
  const signatures: Buffer[] = [];
  for (const part of header.split(",")) {
    const [key, value = ""] = part.trim().split("=", 2);
    if (key === "t") {
      if (timestamp !== undefined || !/^\d{1,12}$/.test(value)) return null;
      timestamp = Number(value);
    } else if (key === "v1") {
      if (!/^[0-9a-f]{64}$/i.test(value)) return null;
      signatures.push(Buffer.from(value, "hex"));
    }
  }
  return timestamp === undefined || signatures.length === 0 ? null : { timestamp, signatures };
}
