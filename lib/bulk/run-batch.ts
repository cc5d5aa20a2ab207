import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { listenToVeriffTries } from "@/lib/veriff/try-listeners";
import { AdaptiveLimit } from "./adaptive-limit";
import type { CheckedRow } from "./check-manifest";
import { claimRows, nextClaimableAt, renewLeases } from "./claim-rows";
import { processRow, type RowEnd } from "./process-row";
import { RowLease } from "./row-lease";

export interface RunOptions {
  batchId: string;
  /** This run's checked rows by number: what it sends for each row it claims. */
  rows: ReadonlyMap<number, CheckedRow>;
  /** Rows worked on at once, at most; fewer while Veriff pushes back. */
  concurrency: number;
  leaseMs: number;
  maxTries: number;
  /** Aborted: no row is claimed any more, and rows in flight are let go of at their next step. */
  signal: AbortSignal;
}

export interface BatchRun {
  /** How this run's rows ended, and whether the batch has no row left to work on. */
  done: Promise<{ ends: Record<RowEnd, number>; finished: boolean }>;
  status(): { concurrency: number; inFlight: number };
}

/**
 * Works the batch's rows until none is left, with any number of other
 * processes doing the same: rows are claimed in PostgreSQL (claim-rows.ts),
 * their leases renewed while they are worked on, and as many at once as the
 * adaptive limit allows.
 */
export function runBatch(options: RunOptions): BatchRun {
  const { batchId, rows, leaseMs, maxTries, signal } = options;
  const limiter = new AdaptiveLimit(options.concurrency);
  const leases = new Map<string, RowLease>();
  const ends: Record<RowEnd, number> = { submitted: 0, failed: 0, retry: 0, lost: 0, stopped: 0 };
  const running = new Set<Promise<void>>();

  const done = (async () => {
    const stopListening = listenToVeriffTries((_endpoint, outcome) => limiter.observe(outcome));
    const heartbeat = setInterval(() => void renew(), Math.max(100, Math.floor(leaseMs / 3)));
    let finished = false;
    try {
      while (!signal.aborted) {
        const room = limiter.limit - running.size;
        const claimed = room > 0 ? await claimRows(batchId, room, leaseMs).catch(waitOut) : [];
        for (const row of claimed) {
          const lease = new RowLease(row.id, row.leaseToken, row.claimedAt, leaseMs, signal);
          leases.set(row.leaseToken, lease);
          const task = processRow(batchId, row, rows.get(row.rowNumber), lease, { maxTries })
            .then((end) => void (ends[end] += 1))
            // Its outcome could not be recorded (the database away): the lease runs out and the row is taken up again.
            .catch((error: unknown) => {
              log().error({ err: error, batchId, row: row.rowNumber }, "a bulk row's outcome could not be recorded");
              ends.lost += 1;
            })
            .finally(() => {
              leases.delete(row.leaseToken);
              running.delete(task);
            });
          running.add(task);
        }
        if (running.size === 0 && claimed.length === 0) {
          const due = await nextClaimableAt(batchId).catch(async (error: unknown) => {
            await waitOut(error);
            return new Date();
          });
          if (!due) {
            finished = true;
            break;
          }
          // Rows held by other processes, or waiting for their retry: look again soon.
          await pause(Math.min(1_000, Math.max(50, due.getTime() - Date.now())), signal);
          continue;
        }
        await Promise.race([...running, pause(250, signal)]);
      }
      await Promise.allSettled(running);
      if (finished) await db().bulkBatch.update({ where: { id: batchId }, data: { finishedAt: new Date() } });
      return { ends, finished };
    } finally {
      clearInterval(heartbeat);
      stopListening();
    }
  })();

  /** The database did not answer: logged, and tried again after a pause, as a worker's round is. */
  async function waitOut(error: unknown): Promise<[]> {
    log().warn({ err: error, batchId }, "bulk rows could not be claimed; trying again");
    await pause(1_000, signal);
    return [];
  }

  async function renew() {
    const tokens = [...leases.keys()];
    const at = new Date();
    try {
      const held = await renewLeases(tokens, leaseMs, at);
      for (const token of tokens) {
        if (held.has(token)) leases.get(token)?.renewed(at);
        else leases.get(token)?.markLost();
      }
    } catch (error) {
      // The next beat tries again; a lease that runs out meanwhile is found lost then.
      log().warn({ err: error, batchId }, "bulk leases could not be renewed");
    }
  }

  return { done, status: () => ({ concurrency: limiter.limit, inFlight: running.size }) };
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
  });
}
