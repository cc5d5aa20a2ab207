// A throw-away database for one benchmark, on the durable embedded PostgreSQL
// (the `dev` profile: fsync on, as production runs; the test cluster trades
// durability for speed, which would flatter every write figure), or on
// DATABASE_URL's server. Dropped by `drop()`.
import pg from "pg";
import { provideDatabase } from "../scripts/db/provide-database";
import { applyMigrations } from "../scripts/db/migrations";

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function scratchDatabase(name: string, log: (message: string) => void): Promise<ScratchDatabase> {
  const server = await provideDatabase("dev", log, { migrate: false });
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  return {
    url: url.toString(),
    async drop() {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
      await server.stop();
    },
  };
}
