// The module instrumentation.ts imports as a server starts, run as a process
// of its own: a production environment that lacks settings stops it with one
// message that names them all, and exit code 1.
import { spawnSync } from "node:child_process";
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
