import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverEnv } from "@/lib/env";
import { checkDatabase, checkDatabaseShared } from "./check-database";
import { checkVeriff } from "./check-veriff";

describe("checkDatabase (real PostgreSQL)", () => {
  it("is ok when every migration of this build is applied", async () => {
    const health = await checkDatabase();
    const migrations = fs
      .readdirSync("prisma/migrations", { withFileTypes: true })
      .filter((entry) => entry.isDirectory());
    expect(health).toMatchObject({
      ok: true,
      migrations: { state: "up_to_date", applied: migrations.length, pending: [], failed: [] },
    });
  });

  it("is not ok when this build has a migration the database lacks", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    fs.cpSync("prisma/migrations", dir, { recursive: true });
    fs.mkdirSync(path.join(dir, "29991231000000_future"));
    const health = await checkDatabase(dir);
    expect(health).toMatchObject({ ok: false, migrations: { state: "pending", pending: ["29991231000000_future"] } });
  });
});

describe("checkDatabaseShared", () => {
  it("asks the database once for every probe of the same second, then again", async () => {
    const url = serverEnv().DATABASE_URL;
    const first = checkDatabaseShared(url, 1_000_000);
    expect(checkDatabaseShared(url, 1_000_999)).toBe(first);
    expect(checkDatabaseShared(url, 1_000_999 + 2)).not.toBe(first);
    expect(await first).toMatchObject({ ok: true });
  });

  it("asks again at once for another database", () => {
    const first = checkDatabaseShared("postgresql://a@127.0.0.1:9/a", 2_000_000);
    expect(checkDatabaseShared("postgresql://b@127.0.0.1:9/b", 2_000_001)).not.toBe(first);
  });
});

describe("checkVeriff", () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    server = http.createServer((request, response) => {
      response.statusCode = request.url === "/v1/" ? 404 : 500;
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("counts any answer below 500 as reachable", async () => {
    expect(await checkVeriff(`${url}/v1`)).toMatchObject({ ok: true, httpStatus: 404 });
  });

  it("reports a server error as not ok", async () => {
    expect(await checkVeriff(`${url}/broken`)).toMatchObject({ ok: false, httpStatus: 500 });
  });

  it("reports a refused connection by name", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await checkVeriff(`http://127.0.0.1:${port}/v1`)).toMatchObject({ ok: false, error: "connection_refused" });
  });
});
