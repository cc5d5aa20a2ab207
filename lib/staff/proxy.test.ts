// proxy.ts: the first gate in front of every staff page and staff API route, and every page's security headers.
import fs from "node:fs";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { exportEnv } from "@/lib/env";
import { CAPTURE_LINK_HEADER, CAPTURE_PAGE_HEADER, STAFF_PATH_HEADER } from "@/lib/http/proxy-headers";
import { config, proxy } from "@/proxy";

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
  });

  it("hands a capture link's page its token (its session's language), and no other page, whatever the visitor sent", () => {
    const forged = (path: string) =>
      new NextRequest(`https://kyc.example.com${path}`, {
        headers: { [CAPTURE_LINK_HEADER]: "forged", [CAPTURE_PAGE_HEADER]: "1" },
      });
    const linkOf = (response: Response) => response.headers.get(`x-middleware-request-${CAPTURE_LINK_HEADER}`);
    expect(linkOf(proxy(forged("/capture/Ab3_-token")))).toBe("Ab3_-token");
    for (const path of ["/verify", "/", "/no-such-page", "/staff/sign-in"]) {
      const response = proxy(forged(path));
      // Next.js passes on the request's headers as listed here: the forged one is not among them.
      expect(linkOf(response), path).toBeNull();
      expect(response.headers.get("x-middleware-override-headers")?.split(","), path).not.toContain(
        CAPTURE_LINK_HEADER,
      );
    }
    expect(proxy(forged("/staff/sign-in")).headers.get("x-middleware-override-headers")?.split(",")).not.toContain(
      CAPTURE_PAGE_HEADER,
    );
  });

  it("imports the settings, the headers it sets and the policy builder only (the less it imports, the less next dev rebuilds it)", () => {
    const imports = fs.readFileSync("proxy.ts", "utf8").match(/^import .* from "(.*)";$/gm) ?? [];
    expect(imports).toEqual([
      'import { NextResponse, type NextRequest } from "next/server";',
      'import { isDevelopmentServer, serverEnv } from "./lib/env";',
      'import { CAPTURE_LINK_HEADER, CAPTURE_PAGE_HEADER, STAFF_PATH_HEADER } from "./lib/http/proxy-headers";',
      'import { newNonce, pageSecurityHeaders } from "./lib/security/page-security-headers";',
    ]);
  });
});

describe("proxy: security headers", () => {
  afterEach(() => exportEnv({ APP_EMBED_ORIGINS: "", APP_BASE_URL: "" }));

  /** The nonce of a policy's script-src. */
  const nonceOf = (policy: string | null) => policy?.match(/script-src [^;]*'nonce-([^']+)'/)?.[1];

  it("gives every page a policy with a fresh nonce, and Next.js the same policy on the request", () => {
    for (const [path, cookie] of [
      ["/"],
      ["/verify"],
      ["/capture/Ab3_-token"],
      ["/staff/sign-in"],
      ["/staff/audit", "staff.session_token=abc"],
      ["/no-such-page"],
    ] as const) {
      const [first, second] = [proxy(request(path, cookie)), proxy(request(path, cookie))];
      const policy = first.headers.get("content-security-policy");
      expect(first.headers.get("x-middleware-request-content-security-policy"), path).toBe(policy);
      expect(nonceOf(policy), path).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(nonceOf(second.headers.get("content-security-policy")), path).not.toBe(nonceOf(policy));
    }
  });

  it("puts the policy on the redirect to sign in too", () => {
    const response = proxy(request("/staff"));
    expect(response.status).toBe(307);
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("lets the configured sites frame a capture link, and nothing else", () => {
    exportEnv({ APP_EMBED_ORIGINS: "https://shop.example.com,https://app.example.org" });
    const capture = proxy(request("/capture/Ab3_-token"));
    expect(capture.headers.get("content-security-policy")).toContain(
      "frame-ancestors https://shop.example.com https://app.example.org",
    );
    expect(capture.headers.get("x-frame-options")).toBeNull();
    for (const [path, cookie] of [["/verify"], ["/"], ["/staff/sign-in"], ["/staff", "staff.session_token=abc"]]) {
      const response = proxy(request(path!, cookie));
      expect(response.headers.get("content-security-policy"), path).toContain("frame-ancestors 'none'");
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
    }
  });

  it("sends HSTS and upgrades requests when APP_BASE_URL is https, whatever the request's own scheme", () => {
    exportEnv({ APP_BASE_URL: "https://kyc.example.com" });
    const response = proxy(new NextRequest("http://10.0.0.5:3000/verify"));
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(response.headers.get("content-security-policy")).toMatch(/; upgrade-insecure-requests$/);
  });

  it("never sends HSTS when APP_BASE_URL is http, even for a request that says it came over https", () => {
    exportEnv({ APP_BASE_URL: "http://localhost:3000" });
    const response = proxy(request("/verify")); // https://kyc.example.com/verify
    expect(response.headers.get("strict-transport-security")).toBeNull();
    expect(response.headers.get("content-security-policy")).not.toContain("upgrade-insecure-requests");
  });

  it("leaves the staff API's headers to next.config.mjs (a JSON policy), gate only", () => {
    const response = proxy(request("/api/staff/sessions/0190/version", "staff.session_token=abc"));
    expect(response.headers.get("content-security-policy")).toBeNull();
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBeNull();
  });

  it("runs on every page and the staff API, and on no other API route or static file", () => {
    const matchers = config.matcher.map((source) => new RegExp(`^${source.replace("/:path*", "(/.*)?")}$`));
    const runs = (path: string) => matchers.some((matcher) => matcher.test(path));
    for (const path of ["/", "/verify", "/capture/Ab3_-token", "/staff", "/staff/sign-in", "/apis", "/nope/x"])
      expect(runs(path), path).toBe(true);
    for (const path of ["/api/staff/sessions/0190/version", "/api/staff"]) expect(runs(path), path).toBe(true);
    for (const path of [
      "/api/capture/Ab3_-token/frames",
      "/api/health",
      "/_next/static/chunks/a.js",
      "/icon.svg",
      "/embed.js",
      "/face-model/human-3.3.6-tfjs-4.22.0/blazeface.bin",
    ])
      expect(runs(path), path).toBe(false);
  });
});
