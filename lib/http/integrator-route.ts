import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { serverEnv } from "@/lib/env";
import { RATE_LIMITS } from "@/lib/rate-limit/rules";
import { refusal } from "@/lib/refusal";
import { tagSession } from "@/lib/tracing/spans";
import { isUuid } from "@/lib/is-uuid";
import { rateLimited } from "./rate-limited";
import { refusalResponse } from "./refusal-response";
import { route } from "./route";

/**
 * An integrator route (/api/sessions…): the route wrapper, with the bearer
 * key checked first and each request then counted per key (only a real key
 * is counted: made-up keys create no rows).
 */
export function integratorRoute<Params = Record<string, never>>(
  name: string,
  handler: (request: Request, params: Params) => Promise<Response>,
) {
  // A route without a dynamic segment is called with no params.
  return route(name, async (request, { params }: { params?: Promise<Params> }) => {
    const key = integratorKey(request);
    if (!key) {
      return refusalResponse(
        refusal("invalid_api_key", "Send one of the app's API keys as Authorization: Bearer <key>."),
      );
    }
    const limited = await rateLimited([{ rule: RATE_LIMITS.integratorApiKey, subject: key }]);
    if (limited) return limited;
    const resolved = ((await params) ?? {}) as Params;
    // Our session id, as the path names it (an id, not personal data).
    const sessionId = (resolved as { id?: unknown }).id;
    if (typeof sessionId === "string" && isUuid(sessionId)) tagSession(sessionId);
    return handler(request, resolved);
  });
}

/**
 * The key of APP_API_KEYS the request carries as a bearer token, or null.
 * Keys are compared as SHA-256 digests in constant time, so neither their
 * content nor their length leaks through timing.
 */
function integratorKey(request: Request): string | null {
  const presented = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  if (!presented) return null;
  const digest = (value: string) => createHash("sha256").update(value).digest();
  const candidate = digest(presented);
  let matched: string | null = null;
  for (const key of serverEnv().APP_API_KEYS) if (timingSafeEqual(digest(key), candidate)) matched = key;
  return matched;
}
