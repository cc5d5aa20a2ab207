// The module instrumentation.ts imports as a server starts, run as a process
// of its own: a production environment that lacks settings stops it with one
// message that names them all, and exit code 1.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const LOCAL = {
  DATABASE_URL: "postgresql://app@127.0.0.1:5432/app",
  VERIFF_API_URL: "http://127.0.0.1:8100/v1",
  VERIFF_API_KEY: "00000000-0000-4000-8000-00000000da7a",
  VERIFF_SHARED_SECRETS: "local-development-shared-secret-not-for-production",
};

function start(settings: Record<string, string>) {
  return spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "-e", 'await import("./lib/startup/check-settings.ts")'],
    { env: settings as NodeJS.ProcessEnv, encoding: "utf8", timeout: 30_000 },
  );
}

describe("the start-up settings check", () => {
  it("lets a local stack start with the settings every start needs", () => {
    const started = start(LOCAL);
    expect([started.status, started.stderr]).toEqual([0, ""]);
  });

  it("stops a production start that lacks settings, naming every one in one message", () => {
    const started = start({
      ...LOCAL,
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://app@db.internal:5432/app",
      VERIFF_API_KEY: "",
      APP_BASE_URL: "http://kyc.example.com",
    });
    expect(started.status).toBe(1);
    expect(started.stderr).toBe(
      [
        "Invalid configuration:",
        "  - VERIFF_API_KEY is required but not set",
        "  - APP_BASE_URL must be https in production (a production build with a DATABASE_URL on another machine): browsers give the camera to secure pages only",
        "  - STAFF_AUTH_SECRET is required in production (a production build with a DATABASE_URL on another machine): the same on every instance, e.g. `openssl rand -base64 32`",
        "See .env.example.",
        "",
      ].join("\n"),
    );
  });
});

describe("the start-up brand check", () => {
  const folder = mkdtempSync(join(tmpdir(), "brand-"));
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(folder, name);
    writeFileSync(path, content);
    return path;
  };

  it("starts with a usable logo and colour", () => {
    const logo = file(
      "logo.svg",
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>',
    );
    const started = start({ ...LOCAL, APP_BRAND_LOGO: logo, APP_BRAND_COLOR: "#0b5fff", APP_BRAND_NAME: "Shop" });
    expect([started.status, started.stderr]).toEqual([0, ""]);
  });

  it("stops on a colour white text cannot be read on, saying its ratio", () => {
    const started = start({ ...LOCAL, APP_BRAND_COLOR: "#8ab4f8" });
    expect(started.status).toBe(1);
    expect(started.stderr).toContain(
      "APP_BRAND_COLOR #8ab4f8 has a contrast ratio of 2.10:1 with white text and the white page background; WCAG AA needs at least 4.5:1",
    );
  });

  it("stops on a logo that is missing, too large, not an image we serve, or an SVG with a script", () => {
    const cases: [string, string][] = [
      [join(folder, "absent.png"), "cannot be read"],
      [folder, "cannot be read: not a regular file"],
      [file("big.png", new Uint8Array(256 * 1024 + 1)), "is 262145 bytes; at most 262144 are served"],
      [file("logo.png", "GIF89a"), "is not a PNG, JPEG, WebP or SVG image"],
      [file("evil.svg", "<svg><script>alert(1)</script></svg>"), "is an SVG with a script"],
    ];
    for (const [path, reason] of cases) {
      const started = start({ ...LOCAL, APP_BRAND_LOGO: path });
      expect(started.status, path).toBe(1);
      expect(started.stderr, path).toContain(`APP_BRAND_LOGO ${path} ${reason}`);
    }
  });
});
