import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** A capture link's token: 256 random bits, shown once, stored only as its SHA-256. */
export function newCaptureToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashCaptureToken(token) };
}

export function hashCaptureToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
