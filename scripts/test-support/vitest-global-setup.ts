// Vitest global set-up: the environment the app would get from the launcher.
// Integration tests get a real, migrated PostgreSQL: `npm test` passes its own
// test database in DATABASE_URL; run alone, Vitest starts the embedded test
// cluster itself. Veriff settings default to the local emulator's.
import { exportEnv, launcherEnv } from "../../lib/env";
import { provideDatabase } from "../db/provide-database";
import { emulatorClientEnv } from "../../emulator/defaults";

export default async function setup() {
  const database = await provideDatabase("test", (message) => console.error(`[vitest-db] ${message}`));
  exportEnv({
    ...(launcherEnv().VERIFF_API_URL ? {} : emulatorClientEnv()),
    DATABASE_URL: database.url,
    STAFF_AUTH_SECRET: "test-staff-auth-secret-0123456789abcdef",
    LOG_LEVEL: "silent",
  });
  return () => database.stop();
}
