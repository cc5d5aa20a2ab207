import { describe, expect, it } from "vitest";
import {
  newNonce,
  pageContentSecurityPolicy,
  pageSecurityHeaders,
  type PageSecurityOptions,
} from "./page-security-headers";

const NONCE = "q1w2e3r4t5y6u7i8o9p0aA==";
const production: PageSecurityOptions = { nonce: NONCE, frameAncestors: [], https: false, development: false };

/** The policy as directive name → its sources. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split("; ").map((directive) => {
      const [name, ...sources] = directive.split(" ");
      return [name!, sources];
    }),
  );
}

describe("pageContentSecurityPolicy", () => {
  it("is exactly the strict policy of a production page", () => {
    expect(pageContentSecurityPolicy(production)).toBe(
      [
        "default-src 'self'",
        `script-src 'self' 'nonce-${NONCE}' 'strict-dynamic'`,
        `style-src 'self' 'nonce-${NONCE}'`,
        "img-src 'self' blob:",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-src 'none'",
        "frame-ancestors 'none'",
      ].join("; "),
    );
  });

  it("never allows inline code or eval in production", () => {
    const policy = pageContentSecurityPolicy(production);
    expect(policy).not.toMatch(/unsafe-(inline|eval|hashes)|\*|data:|https?:/);
  });

  it("lets React's development build eval and the error overlay style itself, only in development", () => {
    const policy = directives(pageContentSecurityPolicy({ ...production, development: true }));
    expect(policy["script-src"]).toEqual(["'self'", `'nonce-${NONCE}'`, "'strict-dynamic'", "'unsafe-eval'"]);
    // A nonce next to 'unsafe-inline' would make browsers ignore 'unsafe-inline'.
    expect(policy["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("names the configured origins in frame-ancestors, and 'none' when there are none", () => {
    const policy = pageContentSecurityPolicy({
      ...production,
      frameAncestors: ["https://shop.example.com", "https://app.example.org:8443"],
    });
    expect(directives(policy)["frame-ancestors"]).toEqual(["https://shop.example.com", "https://app.example.org:8443"]);
    expect(directives(pageContentSecurityPolicy(production))["frame-ancestors"]).toEqual(["'none'"]);
  });

  it("upgrades insecure requests only on a site served over https", () => {
    expect(directives(pageContentSecurityPolicy({ ...production, https: true }))).toHaveProperty(
      "upgrade-insecure-requests",
      [],
    );
    expect(pageContentSecurityPolicy(production)).not.toContain("upgrade-insecure-requests");
  });

  it("carries the nonce in the form Next.js reads back from the request's policy", () => {
    // next/dist/server/app-render/get-script-nonce-from-header.js: the first 'nonce-…' source of script-src.
    const scriptSrc = directives(pageContentSecurityPolicy({ ...production, nonce: newNonce() }))["script-src"]!;
    expect(scriptSrc.find((source) => /^'nonce-([A-Za-z0-9+/_-]+={0,2})'$/.test(source))).toBeDefined();
  });
});

describe("pageSecurityHeaders", () => {
  it("refuses framing twice over where nothing may frame the page, and sends no HSTS over http", () => {
    expect(pageSecurityHeaders(production)).toEqual({
      "Content-Security-Policy": pageContentSecurityPolicy(production),
      "X-Frame-Options": "DENY",
    });
  });

  it("drops X-Frame-Options where frame-ancestors allows a site, since it cannot say the same", () => {
    const headers = pageSecurityHeaders({ ...production, frameAncestors: ["https://shop.example.com"] });
    expect(Object.keys(headers)).toEqual(["Content-Security-Policy"]);
  });

  it("sends HSTS for two years, subdomains included, over https", () => {
    expect(pageSecurityHeaders({ ...production, https: true })["Strict-Transport-Security"]).toBe(
      "max-age=63072000; includeSubDomains",
    );
  });
});

describe("newNonce", () => {
  it("is 128 random bits in base64, new each time", () => {
    const nonces = Array.from({ length: 1000 }, newNonce);
    expect(new Set(nonces).size).toBe(1000);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    }
  });
});
