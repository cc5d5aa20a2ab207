// A test file whose work is global to the database (workers claim every due
// event, a test empties the outbox) gets a database of its own on the test
// server, migrated, so that files running side by side never see each
// other's rows. Call it before anything opens the app's database client.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { ensureDatabase } from "../db/embedded-postgres";
import { applyMigrations } from "../db/migrations";
import { db } from "../../lib/db";
import { exportEnv } from "../../lib/env";
import { query, testDatabaseUrl } from "./database";

export function withOwnDatabase(): void {
  const shared = testDatabaseUrl();
  const name = `own_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const url = new URL(shared);
  url.pathname = `/${name}`;
  const admin = new URL(shared);
  admin.pathname = "/postgres";
  beforeAll(async () => {
    await ensureDatabase(admin.toString(), name, { fresh: true });
    await applyMigrations(url.toString());
    exportEnv({ DATABASE_URL: url.toString() });
  });
  afterAll(async () => {
    await db().$disconnect();
    await query(admin.toString(), `drop database if exists ${name} with (force)`);
  });
}
