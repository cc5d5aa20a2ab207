// Runs before every page and every staff API route.
// - Every page gets its security headers (lib/security/page-security-headers.ts):
//   a Content-Security-Policy with a fresh nonce, which Next.js reads from the
//   request's copy and puts on its scripts; the policy is why every page is
//   rendered on demand (the root layout reads the request's headers).
// - Staff pages and the staff API refuse visitors without a staff session
//   cookie before any of their code runs. Only a first gate: each page, route
//   and server action still checks the session in Postgres and the role.
// - The end-user's pages are marked, so the root layout can give the whole
//   document their language from the first byte.
// The other API routes are left alone (next.config.mjs gives them a fixed
// policy): behind a proxy, Next.js buffers every request body, and cuts it at
// 10 MB (proxyClientMaxBodySize), uploads included.
// It imports the settings (lib/env.ts), the headers it sets and the policy builder, nothing else. An
// earlier note said any project import sent `next dev` (Turbopack, Next 16.4)
// into an endless reload; with 16.4.6 none did, neither the module it blamed
// (lib/staff/return-path.ts) nor lib/env.ts nor better-auth: cold starts, edits
// of imported modules and a restart with pages open each loaded a page once.
import { NextResponse, type NextRequest } from "next/server";
import { isDevelopmentServer, serverEnv } from "./lib/env";
import { CAPTURE_LINK_HEADER, CAPTURE_PAGE_HEADER, STAFF_PATH_HEADER } from "./lib/http/proxy-headers";
import { newNonce, pageSecurityHeaders } from "./lib/security/page-security-headers";

// Better Auth's cookie (lib/staff/auth.ts: prefix "staff"), with the __Secure- prefix on https.
const SESSION_COOKIES = ["staff.session_token", "__Secure-staff.session_token"];

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/api/")) return staffApiGate(request);
  const env = serverEnv();
  const headers = new Headers(request.headers);
  // Ours to set: a visitor's own copy never reaches the page.
  headers.delete(CAPTURE_PAGE_HEADER);
  headers.delete(CAPTURE_LINK_HEADER);
  const security = pageSecurityHeaders({
    nonce: newNonce(),
    // Only a capture link may be framed, by the sites the operator names (an integrator's page).
    frameAncestors: pathname.startsWith("/capture/") ? env.APP_EMBED_ORIGINS : [],
    // APP_BASE_URL is the operator's word; the request's own scheme behind a proxy is not.
    https: env.APP_BASE_URL.startsWith("https://"),
    development: isDevelopmentServer(),
  });
  // Next.js takes the nonce for the scripts it renders from the request's policy.
  headers.set("content-security-policy", security["Content-Security-Policy"]);
  const response = pageResponse(request, headers);
  for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
  return response;
}

function pageResponse(request: NextRequest, headers: Headers): NextResponse {
  const { pathname, search } = request.nextUrl;
  if (pathname === "/verify" || pathname.startsWith("/capture/")) {
    headers.set(CAPTURE_PAGE_HEADER, "1");
    const token = pathname.startsWith("/capture/") ? pathname.split("/")[2] : undefined;
    if (token) headers.set(CAPTURE_LINK_HEADER, token);
  } else if ((pathname === "/staff" || pathname.startsWith("/staff/")) && pathname !== "/staff/sign-in") {
    if (!signedIn(request)) {
      // Back to the page asked for after signing in (a path of ours: see lib/staff/return-path.ts).
      const signIn = new URL("/staff/sign-in", request.url);
      signIn.searchParams.set("next", pathname + search);
      return NextResponse.redirect(signIn);
    }
    // Tells the page which path it serves, so that a sign-in found expired can come back to it.
    headers.set(STAFF_PATH_HEADER, pathname + search);
  }
  return NextResponse.next({ request: { headers } });
}

function staffApiGate(request: NextRequest): NextResponse {
  if (signedIn(request)) {
    const headers = new Headers(request.headers);
    headers.set(STAFF_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.next({ request: { headers } });
  }
  return NextResponse.json(
    { error: { code: "not_signed_in", message: "Sign in to the staff console first." } },
    { status: 401 },
  );
}

function signedIn(request: NextRequest): boolean {
  return SESSION_COOKIES.some((name) => request.cookies.has(name));
}

export const config = {
  matcher: [
    // Every page, including the not-found page of any unknown path; not the static
    // files (the app's icon, robots.txt, embed.js, the face model, the build's assets), nor the API but the staff's.
    "/((?!api/|_next/static/|_next/image|face-model/|icon\\.svg|robots\\.txt|favicon\\.ico|embed\\.js).*)",
    "/api/staff/:path*",
  ],
};
