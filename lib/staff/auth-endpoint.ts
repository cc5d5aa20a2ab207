import "server-only";
import { errorResponse } from "@/lib/http/route";
import { staffAuth } from "./auth";
import { clearSignInAttempts, countSignInAttempt } from "./sign-in-throttle";

// The only Better Auth endpoints a staff-only console serves. Everything else
// it ships (update-user, change-email, list-sessions, password reset, ...) is
// 404, so an endpoint added by a future Better Auth version is off until listed here.
const SERVED = new Set(["POST /sign-in/email", "POST /sign-out", "GET /get-session"]);

/** Handles /api/auth/*: the served endpoints through Better Auth, sign-in also limited per account. */
export async function handleStaffAuth(request: Request): Promise<Response> {
  const path = new URL(request.url).pathname.replace(/^\/api\/auth/, "").replace(/\/+$/, "");
  if (!SERVED.has(`${request.method} ${path}`)) return errorResponse(404, "not_found", "No such endpoint.");
  if (path !== "/sign-in/email") return staffAuth().handler(request);

  const email = await request
    .clone()
    .json()
    .then((body: { email?: unknown }) => (typeof body?.email === "string" ? body.email : null))
    .catch(() => null);
  if (email) {
    const retryAfter = await countSignInAttempt(email);
    if (retryAfter !== null) {
      return Response.json(
        {
          error: { code: "too_many_attempts", message: "Too many sign-in attempts for this account. Try again later." },
        },
        { status: 429, headers: { "retry-after": String(retryAfter) } },
      );
    }
  }
  const response = await staffAuth().handler(request);
  if (email && response.ok) await clearSignInAttempts(email);
  return response;
}
