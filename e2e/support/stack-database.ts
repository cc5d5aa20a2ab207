// A database of its own for a stack of processes an e2e spec starts (an app,
// its worker, the emulator): created fresh and migrated on the test
// PostgreSQL, read by the spec, dropped when the stack stops.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { launcherEnv } from "../../lib/env";
import { ensureDatabase, startEmbeddedPostgres } from "../../scripts/db/embedded-postgres";
import { applyMigrations } from "../../scripts/db/migrations";
import { query } from "../../scripts/test-support/database";

export class StackDatabase {
  /** The database's URL, once created. */
  url = "";
  private adminUrl = "";
  private readonly name: string;

  /** `prefix`: what the database is for, in its name (e2e_webhooks, …). */
  constructor(prefix: string) {
    this.name = `${prefix}_${randomUUID().replaceAll("-", "").slice(0, 8)}`;
  }

  async create(): Promise<string> {
    this.adminUrl = await testServerAdminUrl();
    const url = new URL(this.adminUrl);
    url.pathname = `/${this.name}`;
    this.url = url.toString();
    await ensureDatabase(this.adminUrl, this.name, { fresh: true });
    await applyMigrations(this.url);
    return this.url;
  }

  query<Row extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<Row[]> {
    return query<Row>(this.url, sql, values);
  }

  async drop(): Promise<void> {
    if (!this.adminUrl) return;
    const client = new pg.Client({ connectionString: this.adminUrl });
    await client.connect();
    try {
      await client.query(`drop database if exists ${client.escapeIdentifier(this.name)} with (force)`);
    } finally {
      await client.end();
    }
  }
}

/** The test PostgreSQL's maintenance database: DATABASE_URL's server (npm test), or the embedded test cluster, shared. */
async function testServerAdminUrl(): Promise<string> {
  const env = launcherEnv();
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL);
    url.pathname = "/postgres";
    return url.toString();
  }
  const server = await startEmbeddedPostgres({
    dataDir: ".data/pg-test",
    port: env.EMBEDDED_PG_TEST_PORT,
    portVariable: "EMBEDDED_PG_TEST_PORT",
    fast: true,
    log: () => {},
  });
  return server.url("postgres");
}
