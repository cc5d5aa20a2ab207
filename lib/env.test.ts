import { describe, expect, it } from "vitest";
import { PROOF_OF_ADDRESS_CHOICES } from "./capture/required-frames";
import { EnvError, parseServerEnv, productionReason, PROOF_OF_ADDRESS_SETTINGS } from "./env";

/** A local stack: the emulator and the database on this machine (production's extra settings not needed). */
const valid = {
  DATABASE_URL: "postgresql://app:pw@127.0.0.1:5432/app",
  VERIFF_API_URL: "http://127.0.0.1:8100/v1/",
  VERIFF_API_KEY: "aea9ba6d-1b47-47fc-a4fc-f72b6d3584a7",
  VERIFF_SHARED_SECRETS: "abcdef12-abcd-abcd-abcd-abcdef012345",
  STAFF_AUTH_SECRET: "staff-auth-secret-0123456789abcdef0123",
};

function issuesOf(source: Record<string, string | undefined>): string[] {
  try {
    parseServerEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.issues;
    throw error;
  }
  throw new Error("expected the environment to be refused");
}

describe("parseServerEnv", () => {
  it("accepts a complete environment and fills the defaults", () => {
    const env = parseServerEnv(valid);
    expect(env.PORT).toBe(3000);
    expect(env.APP_BASE_URL).toBe("http://localhost:3000");
    expect(env.LOG_LEVEL).toBe("info");
    expect(env.VERIFF_API_URL).toBe("http://127.0.0.1:8100/v1");
    expect(env.VERIFF_SHARED_SECRETS).toEqual(["abcdef12-abcd-abcd-abcd-abcdef012345"]);
  });

  it("names every missing variable, and treats an empty value as missing", () => {
    expect(issuesOf({ ...valid, VERIFF_API_KEY: undefined, DATABASE_URL: "" })).toEqual([
      "DATABASE_URL is required but not set",
      "VERIFF_API_KEY is required but not set",
    ]);
  });

  it("names the variable whose value is invalid, without echoing the value", () => {
    const issues = issuesOf({ ...valid, DATABASE_URL: "mysql://root:hunter2@db/app", PORT: "70000" });
    expect(issues).toEqual(["DATABASE_URL must be a postgresql:// connection string", expect.stringMatching(/^PORT /)]);
    expect(issues.join(" ")).not.toContain("hunter2");
  });

  it("splits comma-separated secrets in order: the first signs, all verify", () => {
    const env = parseServerEnv({ ...valid, VERIFF_SHARED_SECRETS: " new-secret-0123456789 , old-secret-0123456789 ," });
    expect(env.VERIFF_SHARED_SECRETS).toEqual(["new-secret-0123456789", "old-secret-0123456789"]);
  });

  it("refuses more than five secrets and secrets too short to be real", () => {
    expect(issuesOf({ ...valid, VERIFF_SHARED_SECRETS: Array(6).fill("s".repeat(20)).join(",") })).toEqual([
      "VERIFF_SHARED_SECRETS Veriff allows at most 5 shared secrets",
    ]);
    expect(issuesOf({ ...valid, VERIFF_SHARED_SECRETS: "short" })).toEqual([
      "VERIFF_SHARED_SECRETS.0 each secret must be at least 16 characters",
    ]);
  });

  it("reads the integrator's webhook settings: off by default, secrets required with a URL, each long enough", () => {
    expect(parseServerEnv(valid)).toMatchObject({
      INTEGRATOR_WEBHOOK_SECRETS: [],
      INTEGRATOR_WEBHOOK_INCLUDE_PERSON: false,
      INTEGRATOR_WEBHOOK_TIMEOUT_MS: 10_000,
      INTEGRATOR_WEBHOOK_RETRY_BASE_MS: 10_000,
    });
    expect(parseServerEnv(valid).INTEGRATOR_WEBHOOK_URL).toBeUndefined();
    const url = "https://shop.example.com/hooks/veriff-capture";
    expect(issuesOf({ ...valid, INTEGRATOR_WEBHOOK_URL: url })).toEqual([
      "INTEGRATOR_WEBHOOK_SECRETS is required when INTEGRATOR_WEBHOOK_URL is set",
    ]);
    expect(issuesOf({ ...valid, INTEGRATOR_WEBHOOK_URL: url, INTEGRATOR_WEBHOOK_SECRETS: "short-secret" })).toEqual([
      expect.stringMatching(/^INTEGRATOR_WEBHOOK_SECRETS.0 each secret must be at least 32 characters/),
    ]);
    expect(issuesOf({ ...valid, INTEGRATOR_WEBHOOK_URL: "ftp://shop.example.com" })).toEqual([
      "INTEGRATOR_WEBHOOK_URL must be an http(s) URL",
    ]);
    const env = parseServerEnv({
      ...valid,
      INTEGRATOR_WEBHOOK_URL: url,
      INTEGRATOR_WEBHOOK_SECRETS: ` ${"n".repeat(32)} , ${"o".repeat(32)} `,
      INTEGRATOR_WEBHOOK_INCLUDE_PERSON: "true",
    });
    expect(env.INTEGRATOR_WEBHOOK_SECRETS).toEqual(["n".repeat(32), "o".repeat(32)]);
    expect(env.INTEGRATOR_WEBHOOK_INCLUDE_PERSON).toBe(true);
  });

  it("takes photos by themselves unless CAPTURE_AUTO is false", () => {
    expect(parseServerEnv(valid).CAPTURE_AUTO).toBe(true);
    expect(parseServerEnv({ ...valid, CAPTURE_AUTO: "false" }).CAPTURE_AUTO).toBe(false);
    expect(parseServerEnv({ ...valid, CAPTURE_AUTO: "true" }).CAPTURE_AUTO).toBe(true);
    expect(issuesOf({ ...valid, CAPTURE_AUTO: "sometimes" })).toEqual([expect.stringMatching(/^CAPTURE_AUTO /)]);
  });

  it("refuses an API key that is not a UUID", () => {
    expect(issuesOf({ ...valid, VERIFF_API_KEY: "my-key" })).toEqual([
      "VERIFF_API_KEY must be the integration's API key (a UUID)",
    ]);
  });

  it("reads TRUSTED_PROXY_HOPS as a small whole number, 0 unless set", () => {
    expect(parseServerEnv(valid).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseServerEnv({ ...valid, TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
    for (const bad of ["-1", "1.5", "11", "one"])
      expect(issuesOf({ ...valid, TRUSTED_PROXY_HOPS: bad })).toEqual([expect.stringMatching(/^TRUSTED_PROXY_HOPS /)]);
  });

  it("derives APP_BASE_URL from PORT and drops a trailing slash from an explicit one", () => {
    expect(parseServerEnv({ ...valid, PORT: "8080" }).APP_BASE_URL).toBe("http://localhost:8080");
    expect(parseServerEnv({ ...valid, APP_BASE_URL: "https://kyc.example.com/" }).APP_BASE_URL).toBe(
      "https://kyc.example.com",
    );
  });

  for (const name of ["APP_EMBED_ORIGINS", "APP_RETURN_ORIGINS"] as const) {
    it(`reads ${name} as exact origins, none by default`, () => {
      expect(parseServerEnv(valid)[name]).toEqual([]);
      expect(
        parseServerEnv({
          ...valid,
          [name]: " https://Shop.Example.com/ ,https://app.example.org:8443,, http://localhost:5173",
        })[name],
      ).toEqual(["https://shop.example.com", "https://app.example.org:8443", "http://localhost:5173"]);
      expect(parseServerEnv({ ...valid, [name]: "https://bücher.example" })[name]).toEqual([
        "https://xn--bcher-kva.example",
      ]);
    });
  }

  it("refuses, by position, an embedding or return origin that is not an https origin", () => {
    const refused = [
      "http://shop.example.com", // plain http off this machine
      "shop.example.com", // no scheme
      "https://shop.example.com/embed", // a path
      "https://shop.example.com?x=1",
      "https://*.example.com", // a wildcard
      "'self'",
      "*",
      "https://shop.example.com;script-src", // would end the directive
      "https://user@shop.example.com",
      "https://[::1]",
      "javascript:alert(1)",
    ];
    for (const name of ["APP_EMBED_ORIGINS", "APP_RETURN_ORIGINS"])
      for (const origin of refused) {
        expect(issuesOf({ ...valid, [name]: `https://ok.example.com,${origin}` }), origin).toEqual([
          `${name}.1 must be an origin such as https://shop.example.com (https, or http on localhost; no path or wildcard)`,
        ]);
      }
  });
});

describe("production settings", () => {
  const production = {
    ...valid,
    DATABASE_URL: "postgresql://app:pw@db.internal:5432/app",
    VERIFF_API_URL: "https://stationapi.veriff.com/v1",
    APP_BASE_URL: "https://kyc.example.com",
  };

  it("counts a Veriff off this machine, or a production build on a database off it, as production", () => {
    expect(productionReason(valid)).toBeNull();
    expect(productionReason({ ...valid, NODE_ENV: "production" })).toBeNull();
    expect(productionReason({ ...valid, VERIFF_API_URL: "http://localhost:8100/v1" })).toBeNull();
    expect(productionReason({ ...valid, VERIFF_API_URL: "https://stationapi.veriff.com/v1" })).toBe(
      "VERIFF_API_URL is not on this machine",
    );
    const remoteDatabase = { ...valid, DATABASE_URL: "postgresql://app:pw@db.internal:5432/app" };
    expect(productionReason(remoteDatabase)).toBeNull();
    expect(productionReason({ ...remoteDatabase, NODE_ENV: "production" })).toBe(
      "a production build with a DATABASE_URL on another machine",
    );
  });

  it("accepts a complete production environment", () => {
    expect(parseServerEnv(production).APP_BASE_URL).toBe("https://kyc.example.com");
  });

  it("names everything production lacks in one error, with the schema's own refusals", () => {
    const error = (() => {
      try {
        parseServerEnv({ ...production, APP_BASE_URL: undefined, STAFF_AUTH_SECRET: "", VERIFF_API_KEY: "my-key" });
      } catch (caught) {
        return caught as EnvError;
      }
    })();
    expect(error).toBeInstanceOf(EnvError);
    expect(error?.issues).toEqual([
      "VERIFF_API_KEY must be the integration's API key (a UUID)",
      "APP_BASE_URL is required in production (VERIFF_API_URL is not on this machine): the public https URL users open capture links at",
      "STAFF_AUTH_SECRET is required in production (VERIFF_API_URL is not on this machine): the same on every instance, e.g. `openssl rand -base64 32`",
    ]);
    expect(error?.message.split("\n")).toHaveLength(5); // the heading, three issues, the pointer to .env.example
  });

  it("refuses a plain-http public URL in production: browsers give the camera to secure pages only", () => {
    expect(issuesOf({ ...production, APP_BASE_URL: "http://kyc.example.com" })).toEqual([
      "APP_BASE_URL must be https in production (VERIFF_API_URL is not on this machine): browsers give the camera to secure pages only",
    ]);
  });
});

describe("PROOF_OF_ADDRESS_SETTINGS", () => {
  it("names exactly the kinds of check the capture knows (env.ts may import nothing of them)", () => {
    expect([...PROOF_OF_ADDRESS_SETTINGS]).toEqual([...PROOF_OF_ADDRESS_CHOICES]);
  });
});

describe("brand settings", () => {
  it("takes a brand colour white text reads on, and a name and logo path as given", () => {
    const env = parseServerEnv({
      ...valid,
      APP_BRAND_NAME: "  Shop  ",
      APP_BRAND_LOGO: "/etc/brand/logo.svg",
      APP_BRAND_COLOR: "#0B5FFF",
    });
    expect(env).toMatchObject({
      APP_BRAND_NAME: "Shop",
      APP_BRAND_LOGO: "/etc/brand/logo.svg",
      APP_BRAND_COLOR: "#0B5FFF",
    });
    expect(parseServerEnv(valid).APP_BRAND_COLOR).toBeUndefined();
  });

  it("refuses a colour below WCAG AA with its ratio, in the one message with every other problem", () => {
    const issues = issuesOf({ ...valid, APP_BRAND_COLOR: "#ffcc00", PORT: "0" });
    expect(issues).toEqual([
      "PORT Too small: expected number to be >=1",
      "APP_BRAND_COLOR #ffcc00 has a contrast ratio of 1.51:1 with white text and the white page background; WCAG AA needs at least 4.5:1: choose a darker shade",
    ]);
    // #777 is 4.47:1: just short, and said so.
    expect(issuesOf({ ...valid, APP_BRAND_COLOR: "#777" })[0]).toContain("4.47:1");
    expect(issuesOf({ ...valid, APP_BRAND_COLOR: "blue" })).toEqual([
      "APP_BRAND_COLOR must be a hex colour such as #0b5fff",
    ]);
  });
});
