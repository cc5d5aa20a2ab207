import "server-only";
import { serverEnv } from "@/lib/env";
import { checkDatabaseShared } from "./check-database";
import { checkVeriffCached } from "./check-veriff";

export interface Readiness {
  ready: boolean;
  /** ok, or why the database cannot serve: unreachable, migrations_pending, migrations_failed, … */
  database: string;
  /** Reported, never required: while Veriff is away the app still serves status pages and keeps what arrives. */
  veriff: "reachable" | "unreachable";
}

/**
 * Whether this instance should get traffic: the database answers and has
 * every migration of this build. States only, no names or versions: a load
 * balancer's probe is as public as any request.
 */
export async function checkReadiness(): Promise<Readiness> {
  const [database, veriff] = await Promise.all([
    checkDatabaseShared(serverEnv().DATABASE_URL),
    checkVeriffCached(serverEnv().VERIFF_API_URL),
  ]);
  const state = database.ok
    ? "ok"
    : database.migrations
      ? `migrations_${database.migrations.state}`
      : (database.error ?? "unreachable");
  return { ready: database.ok, database: state, veriff: veriff.ok ? "reachable" : "unreachable" };
}
