// proxy.ts: the first gate in front of every staff page and staff API route.
import fs from "node:fs";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { CAPTURE_PAGE_HEADER } from "@/lib/i18n/server-locale";
import { CAPTURE_PAGE_HEADER as markedByProxy, proxy, STAFF_PATH_HEADER as setByProxy } from "@/proxy";
import { STAFF_PATH_HEADER } from "./return-path";

const request = (path: string, cookie?: string) =>
  new NextRequest(`https://kyc.example.com${path}`, { headers: cookie ? { cookie } : {} });

describe("proxy", () => {
  it("sends a visitor without a staff cookie to sign in, keeping the page asked for", () => {
    const response = proxy(request("/staff/sessions/0190?tab=x"));
    expect([response.status, response.headers.get("location")]).toEqual([
      307,
      "https://kyc.example.com/staff/sign-in?next=%2Fstaff%2Fsessions%2F0190%3Ftab%3Dx",
    ]);
  });

  it("answers the staff API without a cookie with 401", async () => {
    const response = proxy(request("/api/staff/sessions/0190/version"));
    expect([response.status, (await response.json()).error.code]).toEqual([401, "not_signed_in"]);
  });

  it("lets the sign-in page through, and a cookie-bearing request on with the path it asked for", () => {
    expect(proxy(request("/staff/sign-in")).headers.get("x-middleware-next")).toBe("1");
    for (const cookie of ["staff.session_token=abc", "__Secure-staff.session_token=abc"]) {
      const response = proxy(request("/staff/audit?after=x", cookie));
      expect(response.headers.get("x-middleware-next")).toBe("1");
      expect(response.headers.get(`x-middleware-request-${STAFF_PATH_HEADER}`)).toBe("/staff/audit?after=x");
    }
    expect(setByProxy).toBe(STAFF_PATH_HEADER);
  });

  it("marks the end-user's pages, whose document speaks the visitor's language, and no staff page", () => {
    for (const path of ["/verify", "/capture/Ab3_-token"]) {
      const response = proxy(request(path));
      expect([
        response.headers.get("x-middleware-next"),
        response.headers.get(`x-middleware-request-${CAPTURE_PAGE_HEADER}`),
      ]).toEqual(["1", "1"]);
    }
    expect(
      proxy(request("/staff/audit", "staff.session_token=abc")).headers.get(
        `x-middleware-request-${CAPTURE_PAGE_HEADER}`,
      ),
    ).toBeNull();
    expect(markedByProxy).toBe(CAPTURE_PAGE_HEADER);
  });

  it("imports nothing from the project (with any, next dev reloads every page endlessly)", () => {
    const imports = fs.readFileSync("proxy.ts", "utf8").match(/^import .* from "(.*)";$/gm) ?? [];
    expect(imports).toEqual(['import { NextResponse, type NextRequest } from "next/server";']);
  });
});
