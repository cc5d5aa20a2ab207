import "server-only";
import { refusal } from "@/lib/refusal";
import { hitRateLimits, type RateLimitHit } from "@/lib/rate-limit/hit-rate-limits";
import type { RateLimitRule } from "@/lib/rate-limit/rules";
import { addressGroup, clientAddress } from "./client-address";
import { refusalResponse } from "./refusal-response";

/** The request counted against `hits`: null when it may go on, else the 429 to answer (with Retry-After). */
export async function rateLimited(hits: RateLimitHit[]): Promise<Response | null> {
  const decision = await hitRateLimits(hits);
  if (decision.allowed) return null;
  const wait = decision.retryAfterSeconds;
  return refusalResponse(
    refusal("rate_limited", `Too many requests: try again in ${wait} seconds.`, { retryAfterSeconds: wait }),
    { headers: { "retry-after": String(wait) } },
  );
}

/**
 * A rule counted per client address (IPv6 per /64). Clients whose address
 * cannot be trusted (fewer proxies than TRUSTED_PROXY_HOPS vouch for) share
 * one bucket: they bypassed the proxies, and get no address of their own.
 */
export function perAddress(headers: Headers, rule: RateLimitRule): RateLimitHit {
  const address = clientAddress(headers);
  return { rule, subject: address ? addressGroup(address) : "untrusted" };
}
