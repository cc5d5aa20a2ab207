import fs from "node:fs";
import { expect, test } from "./support/test";

test("GET /api/health reports a usable, fully migrated database and a reachable Veriff (the emulator)", async ({
  request,
}) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(response.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);

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
  // Nothing that identifies the infrastructure leaks.
  expect(JSON.stringify(body)).not.toMatch(/postgres(ql)?:\/\/|127\.0\.0\.1|password/);
});
