import "server-only";
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";

export interface DatabaseHealth {
  ok: boolean;
  latencyMs: number;
  error?: string;
  migrations?: {
    /** up_to_date: every migration of this build is applied. ahead: the database also has newer ones (a later build migrated it). */
    state: "up_to_date" | "pending" | "failed" | "ahead";
    applied: number;
    pending: string[];
    failed: string[];
  };
}

const TIMEOUT_MS = 2_000;
const DEFAULT_MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
const namesByDir = new Map<string, string[]>();

/** This build's migrations, read once per folder (they do not change while the app runs). */
function migrationNames(dir: string): string[] {
  let names = namesByDir.get(dir);
  if (!names) {
    // Read at run time from the checkout; kept out of Next.js's output tracing.
    names = fs
      .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    namesByDir.set(dir, names);
  }
  return names;
}

/** Reachability and migration state; `ok` only when the app can use the database. */
export async function checkDatabase(migrationsDir = DEFAULT_MIGRATIONS_DIR): Promise<DatabaseHealth> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const rows = await withTimeout(
      db().$queryRaw<{ migration_name: string; finished: boolean; rolled_back: boolean }[]>`
        select migration_name, finished_at is not null as finished, rolled_back_at is not null as rolled_back
        from _prisma_migrations`,
      TIMEOUT_MS,
    );
    const expected = migrationNames(migrationsDir);
    const applied = new Set(rows.filter((row) => row.finished && !row.rolled_back).map((row) => row.migration_name));
    const failed = rows.filter((row) => !row.finished && !row.rolled_back).map((row) => row.migration_name);
    const pending = expected.filter((name) => !applied.has(name));
    const ahead = [...applied].some((name) => !expected.includes(name));
    const state = failed.length ? "failed" : pending.length ? "pending" : ahead ? "ahead" : "up_to_date";
    return {
      ok: state === "up_to_date" || state === "ahead",
      latencyMs: elapsed(),
      migrations: { state, applied: applied.size, pending, failed },
    };
  } catch (error) {
    return { ok: false, latencyMs: elapsed(), error: describeDatabaseError(error) };
  }
}

// Every health and readiness request is anonymous: however many arrive, an
// instance asks the database once at a time and reuses the answer for a
// second, so a flood of probes cannot take the pool from real requests.
const REUSE_MS = 1_000;
let shared: { databaseUrl: string; at: number; result: Promise<DatabaseHealth> } | undefined;

/** checkDatabase of this build's migrations, shared by the requests of the same second (per database URL). */
export function checkDatabaseShared(databaseUrl: string, now = Date.now()): Promise<DatabaseHealth> {
  if (!shared || shared.databaseUrl !== databaseUrl || now - shared.at > REUSE_MS) {
    shared = { databaseUrl, at: now, result: checkDatabase() };
  }
  return shared.result;
}

// Never echo the driver's message: it can carry the host, user or query.
// Prisma wraps every driver error as P2010; the adapter's `kind` says what happened.
function describeDatabaseError(error: unknown): string {
  if (error instanceof TimeoutError) return "timeout";
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } } }).meta
    ?.driverAdapterError?.cause;
  if (cause?.kind === "TableDoesNotExist" || cause?.originalCode === "42P01") return "migrations_table_missing";
  if (cause?.kind) return cause.kind.replace(/(?<!^)([A-Z])/g, "_$1").toLowerCase();
  return "unreachable";
}

class TimeoutError extends Error {}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError()), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
