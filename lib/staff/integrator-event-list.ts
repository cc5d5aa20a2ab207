import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const SHOWN = 100;

/** What staff see of an event for the integrator: never its body (it may name the person). */
const columns = {
  id: true,
  sessionId: true,
  sequence: true,
  type: true,
  state: true,
  attempts: true,
  occurredAt: true,
  nextAttemptAt: true,
  lastAttemptAt: true,
  lastStatus: true,
  lastError: true,
  deliveredAt: true,
  failedAt: true,
} as const satisfies Prisma.IntegratorEventSelect;

/**
 * Events for the integrator that need a look: failed (given up after 3 days)
 * and failing (pending after at least one failed try), most recently tried
 * first, the latest 100 of each.
 */
export async function listProblemIntegratorEvents() {
  const failed = { state: "failed" } as const;
  const failing = { state: "pending", attempts: { gt: 0 } } as const;
  const order = [{ lastAttemptAt: "desc" as const }, { id: "desc" as const }];
  const [failedRows, failedCount, failingRows, failingCount] = await Promise.all([
    db().integratorEvent.findMany({ where: failed, orderBy: order, take: SHOWN, select: columns }),
    db().integratorEvent.count({ where: failed }),
    db().integratorEvent.findMany({ where: failing, orderBy: order, take: SHOWN, select: columns }),
    db().integratorEvent.count({ where: failing }),
  ]);
  return { failed: { rows: failedRows, total: failedCount }, failing: { rows: failingRows, total: failingCount } };
}
export type IntegratorEventRow = Awaited<ReturnType<typeof listProblemIntegratorEvents>>["failed"]["rows"][number];

/** A session's events for the integrator, in sequence order, each with its last tries. */
export async function listSessionIntegratorEvents(sessionId: string) {
  return db().integratorEvent.findMany({
    where: { sessionId },
    orderBy: { sequence: "asc" },
    select: {
      ...columns,
      tries: {
        orderBy: { number: "desc" },
        take: 5,
        select: { number: true, startedAt: true, durationMs: true, status: true, error: true },
      },
    },
  });
}
export type SessionIntegratorEvent = Awaited<ReturnType<typeof listSessionIntegratorEvents>>[number];
