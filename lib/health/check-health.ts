import "server-only";
import packageJson from "@/package.json";
import { serverEnv } from "@/lib/env";
import { checkDatabaseShared, type DatabaseHealth } from "./check-database";
import { checkVeriffCached, type VeriffHealth } from "./check-veriff";

export interface HealthReport {
  /** ok: everything answers; degraded: the database is usable but Veriff is not; unavailable: the database is not usable. */
  status: "ok" | "degraded" | "unavailable";
  version: string;
  checkedAt: string;
  checks: { database: DatabaseHealth; veriff: VeriffHealth };
}

export async function checkHealth(): Promise<HealthReport> {
  const [database, veriff] = await Promise.all([
    checkDatabaseShared(serverEnv().DATABASE_URL),
    checkVeriffCached(serverEnv().VERIFF_API_URL),
  ]);
  return {
    status: !database.ok ? "unavailable" : veriff.ok ? "ok" : "degraded",
    version: packageJson.version,
    checkedAt: new Date().toISOString(),
    checks: { database, veriff },
  };
}
