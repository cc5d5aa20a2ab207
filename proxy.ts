// Every staff page and staff API route refuses visitors without a staff
// session cookie before any of its code runs. Only a first gate: each page,
// route and server action still checks the session in Postgres and the role.
// The end-user's pages are marked, so the root layout can give the whole
// document their language from the first byte.
// No imports from the project here: with any, `next dev` (Turbopack, Next
// 16.4) rebuilds and reloads every page as it loads, endlessly.
import { NextResponse, type NextRequest } from "next/server";

/** The path asked for, for the page to come back to after a sign-in (lib/staff/return-path.ts reads it). */
export const STAFF_PATH_HEADER = "x-staff-path";
/** Marks an end-user page (the start page, a capture link): <html lang> is the visitor's language there (lib/i18n/server-locale.ts). */
export const CAPTURE_PAGE_HEADER = "x-capture-page";

// Better Auth's cookie (lib/staff/auth.ts: prefix "staff"), with the __Secure- prefix on https.
const SESSION_COOKIES = ["staff.session_token", "__Secure-staff.session_token"];

export function proxy(request: NextRequest) {
  if (!request.nextUrl.pathname.startsWith("/staff") && !request.nextUrl.pathname.startsWith("/api/staff"))
    return markCapturePage(request);
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (request.nextUrl.pathname === "/staff/sign-in") return NextResponse.next();
  if (signedIn) {
    // Tells the page which path it serves, so that a sign-in found expired can come back to it.
    const headers = new Headers(request.headers);
    headers.set(STAFF_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.next({ request: { headers } });
  }
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return NextResponse.json(
      { error: { code: "not_signed_in", message: "Sign in to the staff console first." } },
      { status: 401 },
    );
  }
  // Back to the page asked for after signing in (a path of ours: see lib/staff/return-path.ts).
  const signIn = new URL("/staff/sign-in", request.url);
  signIn.searchParams.set("next", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

function markCapturePage(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(CAPTURE_PAGE_HEADER, "1");
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/staff/:path*", "/api/staff/:path*", "/verify", "/capture/:path*"] };
