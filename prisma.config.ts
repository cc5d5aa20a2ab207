// Read by the Prisma CLI. `prisma generate` needs no database; the datasource
// is only for operators who run the native `prisma migrate deploy` against
// prisma/migrations (our own `npm run db:migrate` does not read this file).
import { defineConfig } from "prisma/config";
import { launcherEnv } from "./lib/env";

const databaseUrl = launcherEnv().DATABASE_URL;

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  ...(databaseUrl ? { datasource: { url: databaseUrl } } : {}),
});
