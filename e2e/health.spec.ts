import fs from "node:fs";
import { expect, test } from "./support/test";
import { METRICS_TOKEN } from "./support/check";

test("GET /api/health tells anyone that the database and Veriff (the emulator) answer, and nothing more", async ({
  request,
}) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(response.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  expect(await response.json()).toEqual({
    status: "ok",
    checkedAt: expect.any(String),
    checks: { database: { ok: true }, veriff: { ok: true } },
  });
});

test("GET /api/health shows the operator a fully migrated database and this build's version", async ({ request }) => {
  const response = await request.get("/api/health", { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(response.status()).toBe(200);
  const body = await response.json();
  const { version } = JSON.parse(fs.readFileSync("package.json", "utf8")) as { version: string };
  const migrations = fs
    .readdirSync("prisma/migrations", { withFileTypes: true })
    .filter((entry) => entry.isDirectory());
  expect(body).toMatchObject({
    status: "ok",
    version,
    checks: {
      database: { ok: true, migrations: { state: "up_to_date", applied: migrations.length, pending: [] } },
      veriff: { ok: true, httpStatus: 404 },
    },
  });
  // Nothing that identifies the infrastructure leaks, even to the operator.
  expect(JSON.stringify(body)).not.toMatch(/postgres(ql)?:\/\/|127\.0\.0\.1|password/);
});

test("the probes: /api/health/live and /api/health/ready answer 200 on the production server", async ({ request }) => {
  const live = await request.get("/api/health/live");
  expect([live.status(), await live.json()]).toEqual([200, { status: "live" }]);
  const ready = await request.get("/api/health/ready");
  expect([ready.status(), await ready.json()]).toEqual([
    200,
    { status: "ready", checks: { database: "ok", veriff: "reachable" } },
  ]);
});
