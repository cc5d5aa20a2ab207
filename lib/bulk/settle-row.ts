import "server-only";
import { db } from "@/lib/db";
import type { RowLease } from "./row-lease";

const RETRY_BASE_MS = 1_000;
const RETRY_CAP_MS = 60_000;

/** The wait before try `tries + 1` of a row: doubling from a second, at most a minute, jittered so rows spread out. */
export function rowRetryDelayMs(tries: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, tries - 1));
  return ceiling / 2 + random() * (ceiling / 2);
}

/** Failed for good: the row says why, and no process claims it again. */
export async function failRow(lease: RowLease, code: string, message: string): Promise<void> {
  await db().bulkRow.updateMany({
    where: { id: lease.rowId, leaseToken: lease.token },
    data: {
      state: "failed",
      errorCode: code,
      errorMessage: message.slice(0, 1000),
      leaseToken: null,
      leaseUntil: null,
    },
  });
}

/**
 * Let go of for now: after `maxTries` tries it has failed; otherwise it is
 * due again after a backoff, for whichever process claims it then. A run that
 * stops (`counts: false`) lets go at once and takes no try from it.
 */
export async function letGoOfRow(
  lease: RowLease,
  {
    tries,
    maxTries,
    code,
    message,
    counts = true,
  }: { tries: number; maxTries: number; code?: string; message?: string; counts?: boolean },
): Promise<"retry" | "failed"> {
  const next = counts ? tries + 1 : tries;
  const failed = counts && next >= maxTries;
  await db().bulkRow.updateMany({
    where: { id: lease.rowId, leaseToken: lease.token },
    data: {
      tries: next,
      leaseToken: null,
      leaseUntil: null,
      nextAttemptAt: new Date(Date.now() + (counts ? rowRetryDelayMs(next) : 0)),
      ...(failed ? { state: "failed" } : {}),
      ...(code ? { errorCode: code, errorMessage: (message ?? "").slice(0, 1000) } : {}),
    },
  });
  return failed ? "failed" : "retry";
}
