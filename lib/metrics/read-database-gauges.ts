import "server-only";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { FINAL_STATUSES, OPEN_FOR_CAPTURE, SESSION_LIFETIME_MS, SESSION_STATUSES } from "@/lib/sessions/lifecycle";
import type { Metrics } from "./metrics";

// Both queries count whole tables (PostgreSQL counts by reading): a scrape
// every few seconds from several Prometheus servers must not repeat them.
const CACHE_MS = 10_000;
const DAY_MS = 24 * 60 * 60 * 1000;

interface DatabaseGauges {
  sessions: { status: string; count: number }[];
  /** Per job, when its oldest due piece of work fell due (null: nothing due). */
  dueSince: Record<string, Date | null>;
}

let cached: { at: number; value: Promise<DatabaseGauges> } | undefined;

/**
 * Sets sessions by status (every status, 0 included) and each job's lag from
 * PostgreSQL, read at most every 10 s per process. A database that cannot be read leaves both unset
 * (absent from the scrape), so an alert sees no data rather than zeros.
 */
export async function readDatabaseGauges(
  gauges: Pick<Metrics, "sessions" | "jobLagSeconds">,
  now = new Date(),
): Promise<void> {
  if (!cached || now.getTime() - cached.at > CACHE_MS) {
    const value = readGauges(now);
    cached = { at: now.getTime(), value };
    // A failed read is not kept: the next scrape tries again.
    value.catch(() => cached?.value === value && (cached = undefined));
  }
  gauges.sessions.reset();
  gauges.jobLagSeconds.reset();
  let read: DatabaseGauges;
  try {
    read = await cached.value;
  } catch (error) {
    log().warn({ err: error }, "metrics: the database gauges could not be read");
    return;
  }
  for (const status of SESSION_STATUSES) gauges.sessions.set({ status }, 0);
  for (const { status, count } of read.sessions) gauges.sessions.set({ status }, count);
  for (const [job, since] of Object.entries(read.dueSince)) {
    gauges.jobLagSeconds.set({ job }, since ? Math.max(0, (now.getTime() - since.getTime()) / 1000) : 0);
  }
}

/** Forgets the cached read (tests). */
export function forgetDatabaseGauges(): void {
  cached = undefined;
}

async function readGauges(now: Date): Promise<DatabaseGauges> {
  const env = serverEnv();
  const reconcileAfterMs = env.RECONCILE_AFTER_MINUTES * 60_000;
  const retentionMs = env.RETENTION_DAYS * DAY_MS;
  const reconcileCutoff = new Date(now.getTime() - reconcileAfterMs);
  const expireCutoff = new Date(now.getTime() - SESSION_LIFETIME_MS);
  const purgeCutoff = new Date(now.getTime() - retentionMs);
  const [sessions, [oldest]] = await Promise.all([
    db().verificationSession.groupBy({ by: ["status"], _count: { _all: true } }),
    // The oldest row each job would claim now, by the job's own conditions (lib/jobs/).
    db().$queryRaw<{ reconcile: Date | null; expire: Date | null; purge: Date | null }[]>`
      select
        (select min(greatest(submitted_at, coalesce(reconciled_at, submitted_at))) from verification_sessions
          where status = 'submitted' and submitted_at < ${reconcileCutoff} and veriff_session_id is not null
            and (reconciled_at is null or reconciled_at < ${reconcileCutoff})) as reconcile,
        (select min(created_at) from verification_sessions
          where status in (${Prisma.join(OPEN_FOR_CAPTURE)}) and created_at < ${expireCutoff}) as expire,
        (select min(coalesce(decided_at, updated_at)) from verification_sessions
          where purged_at is null and status in (${Prisma.join(FINAL_STATUSES)})
            and coalesce(decided_at, updated_at) < ${purgeCutoff}) as purge`,
  ]);
  const plus = (date: Date | null | undefined, ms: number) => (date ? new Date(date.getTime() + ms) : null);
  return {
    sessions: sessions.map((row) => ({ status: row.status, count: row._count._all })),
    dueSince: {
      reconcile_decisions: plus(oldest?.reconcile, reconcileAfterMs),
      expire_sessions: plus(oldest?.expire, SESSION_LIFETIME_MS),
      purge_personal_data: plus(oldest?.purge, retentionMs),
    },
  };
}
