// The health endpoints against real PostgreSQL databases: liveness that needs
// no database, readiness that needs every migration of this build (a
// database one migration behind is not ready), Veriff reported but not
// required, and /api/health's details for the operator only.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportEnv, serverEnv } from "@/lib/env";
import { applyMigrations } from "@/scripts/db/migrations";
import { PRISMA_PATHS } from "@/scripts/db/schema-engine";
import { withScratchDatabase } from "@/scripts/test-support/database";
import { GET as liveRoute } from "./live/route";
import { GET as readyRoute } from "./ready/route";
import { GET as healthRoute } from "./route";

const TOKEN = "operator-token-for-tests-0123456789abcdef";
let original: { DATABASE_URL: string; VERIFF_API_URL: string };
let veriffStandIn: http.Server;

beforeAll(async () => {
  original = { DATABASE_URL: serverEnv().DATABASE_URL, VERIFF_API_URL: serverEnv().VERIFF_API_URL };
  // Something that answers at the API base, as Veriff does (any answer below 500 is "reachable").
  veriffStandIn = http.createServer((_request, response) => response.writeHead(404).end());
  await new Promise<void>((resolve) => veriffStandIn.listen(0, "127.0.0.1", resolve));
  exportEnv({
    METRICS_TOKEN: TOKEN,
    VERIFF_API_URL: `http://127.0.0.1:${(veriffStandIn.address() as AddressInfo).port}/v1`,
  });
});
afterAll(async () => {
  await useDatabase(original.DATABASE_URL);
  exportEnv({ VERIFF_API_URL: original.VERIFF_API_URL });
  await new Promise((resolve) => veriffStandIn.close(resolve));
});

/** Points lib/db at another database from the next query on. */
async function useDatabase(url: string) {
  await db().$disconnect();
  delete (globalThis as { prismaClient?: unknown }).prismaClient;
  exportEnv({ DATABASE_URL: url });
}

const answer = async (response: Response) => [response.status, await response.json()];
const ready = async () => answer(await readyRoute());

describe("GET /api/health/live", () => {
  it("answers 200 while the database is unreachable: a database outage must not restart every instance", async () => {
    await useDatabase("postgresql://nobody@127.0.0.1:9/none");
    try {
      expect(await answer(liveRoute())).toEqual([200, { status: "live" }]);
      const [status, body] = await ready();
      expect(status).toBe(503);
      expect(body).toMatchObject({ status: "not_ready", checks: { database: expect.not.stringMatching(/^ok$/) } });
    } finally {
      await useDatabase(original.DATABASE_URL);
    }
  });
});

describe("GET /api/health/ready", () => {
  it("is 503 on a database that lacks this build's newest migration, and 200 once it is applied", async () => {
    const names = fs
      .readdirSync(PRISMA_PATHS.migrations, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const oneBehind = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    fs.cpSync(PRISMA_PATHS.migrations, oneBehind, { recursive: true });
    fs.rmSync(path.join(oneBehind, names.at(-1)!), { recursive: true });

    await withScratchDatabase(async (url) => {
      await applyMigrations(url, { schema: PRISMA_PATHS.schema, migrations: oneBehind });
      await useDatabase(url);
      try {
        expect(await ready()).toEqual([
          503,
          { status: "not_ready", checks: { database: "migrations_pending", veriff: "reachable" } },
        ]);
        await applyMigrations(url);
        // Probes of the same second share one answer (lib/health/check-database.ts): ready within it.
        await expect
          .poll(ready, { timeout: 3_000 })
          .toEqual([200, { status: "ready", checks: { database: "ok", veriff: "reachable" } }]);
      } finally {
        await useDatabase(original.DATABASE_URL);
      }
    });
  });

  it("reports Veriff unreachable without requiring it: 200 while the database serves", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const reachable = serverEnv().VERIFF_API_URL;
    exportEnv({ VERIFF_API_URL: `http://127.0.0.1:${port}/v1` });
    try {
      expect(await ready()).toEqual([200, { status: "ready", checks: { database: "ok", veriff: "unreachable" } }]);
    } finally {
      exportEnv({ VERIFF_API_URL: reachable });
    }
  });
});

describe("GET /api/health", () => {
  const health = (authorization?: string) =>
    healthRoute(new Request("http://app/api/health", { headers: authorization ? { authorization } : {} }), {});

  it("tells the public whether the database and Veriff answer, and nothing else", async () => {
    for (const authorization of [undefined, `Bearer ${TOKEN}-not`]) {
      const [status, body] = await answer(await health(authorization));
      expect(status).toBe(200);
      expect(body).toEqual({
        status: "ok",
        checkedAt: expect.any(String),
        checks: { database: { ok: true }, veriff: { ok: true } },
      });
    }
  });

  it("shows the operator (METRICS_TOKEN as bearer) the version and the migrations", async () => {
    const { version } = JSON.parse(fs.readFileSync("package.json", "utf8")) as { version: string };
    const [status, body] = await answer(await health(`Bearer ${TOKEN}`));
    expect(status).toBe(200);
    expect(body).toMatchObject({
      status: "ok",
      version,
      checks: { database: { ok: true, migrations: { state: "up_to_date", pending: [] } }, veriff: { ok: true } },
    });
  });
});
