// npm run db:migrate                 apply pending migrations
// npm run db:migration -- <name>     write a migration from schema.prisma's changes
// Both use DATABASE_URL, or start the embedded PostgreSQL for the duration.
import { createMigration } from "./db/migrations";
import { provideDatabase } from "./db/provide-database";

const [command, name] = process.argv.slice(2);
const log = (message: string) => console.error(`[db] ${message}`);

if (command !== "deploy" && command !== "create") {
  console.error("usage: db-migrate.ts deploy | create <name>");
  process.exit(2);
}
if (command === "create" && !name) {
  console.error("Name the migration: npm run db:migration -- <name>");
  process.exit(2);
}

const database = await provideDatabase("dev", log, { migrate: command === "deploy" }).catch((error: Error) => {
  log(error.message);
  process.exit(1);
});
try {
  if (command === "create") {
    const folder = await createMigration(database.url, name ?? "");
    log(
      folder
        ? `created prisma/migrations/${folder}/migration.sql`
        : "schema.prisma and the migrations agree: nothing to create",
    );
  }
} catch (error) {
  log((error as Error).message);
  process.exitCode = 1;
} finally {
  await database.stop();
  // The schema engine leaves a lock-timeout timer behind; nothing else is pending.
  process.exit();
}
