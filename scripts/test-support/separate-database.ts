// For a Vitest file whose tests count or delete across a whole table (every
// admin, every rate-limit bucket), so no other file's rows may be there: a
// migrated database of its own, that lib/db uses, dropped after the file.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { db } from "../../lib/db";
import { exportEnv } from "../../lib/env";
import { applyMigrations } from "../db/migrations";
import { testDatabaseUrl } from "./database";

/** Call at the top of the file; `settings` are exported with DATABASE_URL, before the file first uses lib/db. */
export function separateDatabase(prefix: string, settings: Record<string, string> = {}): void {
  const name = `${prefix}_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  let admin: pg.Client;
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: testDatabaseUrl() });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(testDatabaseUrl());
    url.pathname = `/${name}`;
    await applyMigrations(url.toString());
    exportEnv({ DATABASE_URL: url.toString(), ...settings });
  });
  afterAll(async () => {
    await db().$disconnect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });
}
