// Every staff page and staff API route refuses visitors without a staff
// session cookie before any of its code runs. Only a first gate: each page,
// route and server action still checks the session in Postgres and the role.
import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";

export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === "/staff/sign-in" || getSessionCookie(request, { cookiePrefix: "staff" })) return NextResponse.next();
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return NextResponse.json({ error: { code: "not_signed_in", message: "Sign in to the staff console first." } }, { status: 401 });
  }
  return NextResponse.redirect(new URL("/staff/sign-in", request.url));
}

export const config = { matcher: ["/staff/:path*", "/api/staff/:path*"] };
