// Helpers for integration tests that need a PostgreSQL of their own.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { launcherEnv } from "../../lib/env";

/** The migrated test database that Vitest's global set-up provides. */
export function testDatabaseUrl(): string {
  const url = launcherEnv().DATABASE_URL;
  if (!url)
    throw new Error("DATABASE_URL is not set: run the tests with npm test or vitest (its global set-up provides it)");
  return url;
}

/** Runs `work` against a new, empty database on the test server, dropped afterwards. */
export async function withScratchDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
  const name = `scratch_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  await admin.query(`create database ${name}`);
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${name}`;
  try {
    return await work(url.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

export async function query<Row extends pg.QueryResultRow>(
  url: string,
  sql: string,
  values: unknown[] = [],
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}
