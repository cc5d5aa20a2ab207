import "server-only";
import { clientAddress } from "@/lib/http/client-address";
import { perAddress, rateLimited } from "@/lib/http/rate-limited";
import { readCappedBody } from "@/lib/http/read-capped-body";
import { refusalResponse } from "@/lib/http/refusal-response";
import { JSON_BODY_LIMITS } from "@/lib/limits";
import { RATE_LIMITS } from "@/lib/rate-limit/rules";
import { refusal } from "@/lib/refusal";
import { AUTH_CLIENT_ADDRESS_HEADER, staffAuth } from "./auth";
import { claimSignInTry, settleSignInTry } from "./sign-in-throttle";

// The only Better Auth endpoints a staff-only console serves. Everything else
// it ships (update-user, change-email, list-sessions, password reset, ...) is
// 404, so an endpoint added by a future Better Auth version is off until listed here.
const SERVED = new Set(["POST /sign-in/email", "POST /sign-out", "GET /get-session"]);

/**
 * Handles /api/auth/*: the served endpoints through Better Auth, told the
 * client's trusted address; sign-in also slowed down per account
 * (lib/staff/sign-in-throttle.ts).
 */
export async function handleStaffAuth(request: Request): Promise<Response> {
  const path = new URL(request.url).pathname.replace(/^\/api\/auth/, "").replace(/\/+$/, "");
  if (!SERVED.has(`${request.method} ${path}`)) return refusalResponse(refusal("not_found", "No such endpoint."));
  const signIn = path === "/sign-in/email";
  // Sign-in takes JSON only, which a browser never sends to another site without asking it first
  // (CORS): other sites cannot make their visitors spend an account's tries.
  if (signIn && !/^application\/json\s*(;|$)/i.test(request.headers.get("content-type") ?? ""))
    return refusalResponse(refusal("unsupported_type", "Send the email and password as JSON."));
  if (signIn) {
    const limited = await rateLimited([perAddress(request.headers, RATE_LIMITS.signInAddress)]);
    if (limited) return limited;
  }
  const address = clientAddress(request.headers);
  let body: Buffer | undefined;
  if (request.method === "POST") {
    const read = await readCappedBody(request, JSON_BODY_LIMITS.signIn);
    if (read === "too_large") {
      return refusalResponse(refusal("payload_too_large", "The request body is too large."));
    }
    body = read;
  }
  const forAuth = requestForAuth(request, address, body);
  if (!signIn) return staffAuth().handler(forAuth);

  const email = emailIn(body);
  const claim = email ? await claimSignInTry(email, address) : null;
  if (claim && !claim.allowed) {
    const wait = claim.retryAfterSeconds;
    return refusalResponse(
      refusal("too_many_attempts", `Too many sign-in attempts for this account. Try again in ${wait} seconds.`, {
        retryAfterSeconds: wait,
      }),
      { headers: { "retry-after": String(wait) } },
    );
  }
  const response = await staffAuth().handler(forAuth);
  // 401 is Better Auth's answer to a wrong email or password; any other refusal came before the password was checked.
  if (claim?.allowed)
    await settleSignInTry(
      claim.counted,
      response.ok ? "signed_in" : response.status === 401 ? "wrong_password" : "not_tried",
    );
  return response;
}

/** The request as Better Auth gets it: our address header, and never the client's copy of it. */
function requestForAuth(request: Request, address: string | null, body: Buffer | undefined): Request {
  const headers = new Headers(request.headers);
  headers.delete(AUTH_CLIENT_ADDRESS_HEADER);
  if (address) headers.set(AUTH_CLIENT_ADDRESS_HEADER, address);
  return new Request(request.url, {
    method: request.method,
    headers,
    body: body && new Uint8Array(body),
    signal: request.signal,
  });
}

function emailIn(body: Buffer | undefined): string | null {
  try {
    const parsed: unknown = JSON.parse(body?.toString("utf8") ?? "");
    const email = (parsed as { email?: unknown } | null)?.email;
    return typeof email === "string" && email.trim() ? email : null;
  } catch {
    return null;
  }
}
