// The database every launcher command runs against: DATABASE_URL when it is
// set (nothing is started), otherwise an embedded PostgreSQL under .data/.
import { launcherEnv } from "../../lib/env";
import { ensureDatabase, startEmbeddedPostgres } from "./embedded-postgres";
import { applyMigrations } from "./migrations";

/** `dev` serves `npm run dev`, `npm start` and db:*; `test` is a separate, throw-away-fast cluster. */
export type DatabaseProfile = "dev" | "test";

export interface ProvidedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const APP_DATABASE = "app";

export async function provideDatabase(
  profile: DatabaseProfile,
  log: (message: string) => void,
  { migrate = true } = {},
): Promise<ProvidedDatabase> {
  const env = launcherEnv();
  let database: ProvidedDatabase;
  if (env.DATABASE_URL) {
    if (profile === "test" && !isLoopback(env.DATABASE_URL)) {
      throw new Error(
        `Tests refuse to run against ${describeDatabaseUrl(env.DATABASE_URL)}: they write and drop data. Point DATABASE_URL at a local server, or unset it to use the embedded one.`,
      );
    }
    log(`using the PostgreSQL in DATABASE_URL (${describeDatabaseUrl(env.DATABASE_URL)}); no embedded server started`);
    database = { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  } else {
    const test = profile === "test";
    const server = await startEmbeddedPostgres({
      dataDir: test ? ".data/pg-test" : ".data/pg",
      port: test ? env.EMBEDDED_PG_TEST_PORT : env.EMBEDDED_PG_PORT,
      portVariable: test ? "EMBEDDED_PG_TEST_PORT" : "EMBEDDED_PG_PORT",
      fast: test,
      log,
    });
    try {
      // Every test run starts from an empty database; development data stays.
      await ensureDatabase(server.url("postgres"), APP_DATABASE, { fresh: test });
    } catch (error) {
      await server.stop();
      throw error;
    }
    database = { url: server.url(APP_DATABASE), embedded: true, stop: () => server.stop() };
  }
  if (migrate) {
    try {
      const applied = await applyMigrations(database.url);
      log(applied.length ? `applied migrations: ${applied.join(", ")}` : "migrations up to date");
    } catch (error) {
      await database.stop();
      throw error;
    }
  }
  return database;
}

/** host:port/database, without credentials, for log lines. */
export function describeDatabaseUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `${url.hostname}:${url.port || 5432}${url.pathname}`;
}

function isLoopback(databaseUrl: string): boolean {
  const host = new URL(databaseUrl).hostname;
  return host === "localhost" || host === "[::1]" || host.startsWith("127.");
}
