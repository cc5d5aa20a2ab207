import "server-only";
import { db } from "@/lib/db";
import type { BulkRowState } from "@/lib/generated/prisma/enums";

/** The states a row is worked on in: each names the step it reached. */
export const OPEN_ROW_STATES = ["pending", "created", "uploaded"] as const satisfies readonly BulkRowState[];

export interface ClaimedRow {
  id: string;
  rowNumber: number;
  state: (typeof OPEN_ROW_STATES)[number];
  sessionId: string | null;
  imagesUploaded: number;
  tries: number;
  leaseToken: string;
  /** When this claim began: anything a holder before it left pending was left by one that stopped. */
  claimedAt: Date;
}

/**
 * Claims up to `limit` rows of the batch that are due, for `leaseMs`, each
 * with a lease token of its own. FOR UPDATE SKIP LOCKED: any number of bulk
 * processes, on any number of machines, never claim one row at once; a
 * process that dies lets go of its rows when their leases pass.
 */
export async function claimRows(batchId: string, limit: number, leaseMs: number, now = new Date()) {
  return db().$queryRaw<Omit<ClaimedRow, "claimedAt">[]>`
    update bulk_rows set lease_until = ${new Date(now.getTime() + leaseMs)}, lease_token = gen_random_uuid()
    where id in (
      select id from bulk_rows
      where batch_id = ${batchId}::uuid and state in ('pending', 'created', 'uploaded')
        and next_attempt_at <= ${now} and (lease_until is null or lease_until <= ${now})
      order by row_number
      limit ${limit}
      for update skip locked)
    returning id, row_number as "rowNumber", state::text as state, session_id::text as "sessionId",
      images_uploaded as "imagesUploaded", tries, lease_token::text as "leaseToken"`.then((rows) =>
    rows.map((row): ClaimedRow => ({ ...row, claimedAt: now })),
  );
}

/** Extends the leases still held among `tokens`; returns those held (a token missing was taken over or let go). */
export async function renewLeases(tokens: string[], leaseMs: number, now = new Date()): Promise<Set<string>> {
  if (!tokens.length) return new Set();
  const held = await db().$queryRaw<{ token: string }[]>`
    update bulk_rows set lease_until = ${new Date(now.getTime() + leaseMs)}
    where lease_token = any(${tokens}::uuid[])
    returning lease_token::text as token`;
  return new Set(held.map((row) => row.token));
}

/** Whether rows of the batch are still to be worked on, and when the next may be claimed (null: none is left). */
export async function nextClaimableAt(batchId: string): Promise<Date | null> {
  const [row] = await db().$queryRaw<{ due: Date | null }[]>`
    select min(greatest(next_attempt_at, coalesce(lease_until, next_attempt_at))) as due
    from bulk_rows
    where batch_id = ${batchId}::uuid and state in ('pending', 'created', 'uploaded')`;
  return row?.due ?? null;
}
