import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { serverEnv } from "@/lib/env";
import { refusal } from "@/lib/refusal";

/**
 * Whether the request carries one of APP_API_KEYS as a bearer token. Keys are
 * compared as SHA-256 digests in constant time, so neither their content nor
 * their length leaks through timing.
 */
export function isIntegrator(request: Request): boolean {
  const presented = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  if (!presented) return false;
  const digest = (value: string) => createHash("sha256").update(value).digest();
  const candidate = digest(presented);
  let matched = false;
  for (const key of serverEnv().APP_API_KEYS) matched = timingSafeEqual(digest(key), candidate) || matched;
  return matched;
}

export const INVALID_API_KEY = refusal(
  "invalid_api_key",
  "Send one of the app's API keys as Authorization: Bearer <key>.",
);
