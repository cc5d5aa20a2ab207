// What can be checked of the Dockerfile and compose.yaml without Docker (no
// base image can be pulled here, so none is built: docs/operations.md says
// where they are checked for real). Each check reads the files as Docker
// would and could fail on a plausible mistake.
import fs from "node:fs";
import { describe, expect, it } from "vitest";

const dockerfile = fs.readFileSync("Dockerfile", "utf8");
// Instructions, with continuation lines joined and comments dropped.
const instructions = dockerfile
  .replace(/\\\n\s*/g, " ")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith("#"));
const stages: { name: string; lines: string[] }[] = [];
for (const line of instructions) {
  const from = /^FROM\s+\S+(?:\s+AS\s+(\S+))?$/i.exec(line);
  if (from) stages.push({ name: from[1] ?? String(stages.length), lines: [] });
  else stages.at(-1)?.lines.push(line);
}
const runtime = stages.at(-1)!;
const compose = fs.readFileSync("compose.yaml", "utf8");

describe("Dockerfile", () => {
  it("copies from earlier stages only, by name", () => {
    expect(stages.map((stage) => stage.name)).toEqual(["deps", "build", "runtime"]);
    stages.forEach((stage, index) => {
      for (const line of stage.lines) {
        const from = /--from=(\S+)/.exec(line)?.[1];
        if (from) expect(stages.slice(0, index).map((earlier) => earlier.name)).toContain(from);
      }
    });
  });

  it("runs the final image as a user that is not root", () => {
    const users = runtime.lines.filter((line) => /^USER\s/i.test(line)).map((line) => line.split(/\s+/)[1]);
    expect(users.length).toBeGreaterThan(0);
    expect(["root", "0", "0:0"]).not.toContain(users.at(-1));
    // Everything after USER runs as that user: no RUN may need root there.
    const afterUser = runtime.lines.slice(runtime.lines.findIndex((line) => /^USER\s/i.test(line)));
    expect(afterUser.filter((line) => /^RUN\s/i.test(line))).toEqual([]);
  });

  it("ships the standalone output only: no node_modules of the build, no checkout", () => {
    const copies = runtime.lines.filter((line) => /^COPY\s/i.test(line));
    expect(copies).toEqual(["COPY --from=build /src/.next/standalone ./"]);
  });

  it("checks health on the liveness endpoint and starts the server that scripts/finish-build.ts leaves", () => {
    const healthcheck = runtime.lines.find((line) => /^HEALTHCHECK\s/i.test(line));
    expect(healthcheck).toContain("/api/health/live");
    expect(fs.existsSync("app/api/health/live/route.ts")).toBe(true);
    expect(runtime.lines.at(-1)).toBe('CMD ["node", "server.js"]');
    const finishBuild = fs.readFileSync("scripts/finish-build.ts", "utf8");
    for (const entry of ["worker", "migrate"]) expect(finishBuild).toContain(`${entry}: "scripts/`);
  });
});

describe("compose.yaml", () => {
  /** A top-level service's block of lines. */
  const service = (name: string) => {
    const match = new RegExp(`^  ${name}:\\n((?:    .*\\n|\\n)*)`, "m").exec(compose);
    expect(match, `service ${name}`).not.toBeNull();
    return match![1]!;
  };

  it("has PostgreSQL, the migrate step, one app and one worker, the last three from this image", () => {
    expect(service("postgres")).toMatch(/image: postgres:\d+/);
    expect(service("migrate")).toContain('command: ["node", "migrate.mjs"]');
    expect(service("app")).toContain('command: ["node", "server.js"]');
    expect(service("worker")).toContain('command: ["node", "worker.mjs"]');
    for (const name of ["migrate", "app", "worker"]) expect(service(name)).toContain("image: veriff-capture:local");
  });

  it("gives the app and the worker their shutdown grace before Docker's SIGKILL, and leaves SIGTERM to the app", () => {
    for (const name of ["app", "worker"]) expect(service(name)).toMatch(/stop_grace_period: 40s/);
    expect(compose).toContain("SHUTDOWN_GRACE_MS: ${SHUTDOWN_GRACE_MS:-30000}");
    expect(runtime.lines).toContain("ENV NEXT_MANUAL_SIG_HANDLE=true");
  });

  it("starts the app and the worker only after the migrations are applied", () => {
    for (const name of ["app", "worker"])
      expect(service(name)).toMatch(/migrate:\n\s+condition: service_completed_successfully/);
    expect(service("migrate")).toMatch(/postgres:\n\s+condition: service_healthy/);
  });

  it("requires every setting production requires (lib/env.ts), so compose refuses to start without one", () => {
    for (const name of [
      "VERIFF_API_URL",
      "VERIFF_API_KEY",
      "VERIFF_SHARED_SECRETS",
      "APP_BASE_URL",
      "STAFF_AUTH_SECRET",
      "POSTGRES_PASSWORD",
    ])
      expect(compose).toMatch(new RegExp(`\\$\\{${name}:\\?`));
  });
});
