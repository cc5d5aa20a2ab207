import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { ManifestCheck } from "./check-manifest";
import type { ReadManifest } from "./read-manifest";

export interface OpenedBatch {
  id: string;
  /** Whether this run started the batch (false: it continues one). */
  created: boolean;
  /** Rows started but not finished whose files changed (or are gone) since: the batch cannot go on with them (their numbers). */
  changed: number[];
}

/**
 * The batch of this manifest (the same bytes), created with one row per
 * person on the first run; a rerun, or another process on the same
 * manifest, finds it. Rows not started yet take this run's check (a file
 * added since makes an invalid row good); a row started but not finished
 * whose files no longer hash the same (or no longer pass) is reported, never
 * sent on with other files.
 */
export async function openBatch(manifest: ReadManifest, check: ManifestCheck): Promise<OpenedBatch> {
  const inserted = await db().bulkBatch.createMany({
    data: [
      {
        manifestSha256: manifest.sha256,
        manifestName: manifest.name,
        rowCount: manifest.rows.length,
        invalidCount: check.bad.length,
      },
    ],
    skipDuplicates: true,
  });
  const batch = await db().bulkBatch.findUniqueOrThrow({ where: { manifestSha256: manifest.sha256 } });
  const badHash = (rowNumber: number) =>
    createHash("sha256")
      .update(JSON.stringify(manifest.rows[rowNumber - 1] ?? null))
      .digest("hex");
  await db().bulkRow.createMany({
    data: [
      ...check.good.map((row) => ({
        batchId: batch.id,
        rowNumber: row.rowNumber,
        rowSha256: row.sha256,
        imageCount: row.images.length,
      })),
      ...check.bad.map((row) => ({
        batchId: batch.id,
        rowNumber: row.rowNumber,
        rowSha256: badHash(row.rowNumber),
        state: "invalid" as const,
        errorCode: row.code,
        errorMessage: row.message,
      })),
    ],
    skipDuplicates: true,
  });
  if (inserted.count > 0) return { id: batch.id, created: true, changed: [] };

  const stored = await db().bulkRow.findMany({
    where: { batchId: batch.id },
    select: { rowNumber: true, rowSha256: true, state: true },
  });
  const byNumber = new Map(stored.map((row) => [row.rowNumber, row]));
  const changed: number[] = [];
  for (const row of check.good) {
    const before = byNumber.get(row.rowNumber);
    if (!before || before.rowSha256 === row.sha256) continue;
    if (before.state === "created" || before.state === "uploaded") changed.push(row.rowNumber);
    else if (before.state === "pending" || before.state === "invalid") {
      await db().bulkRow.updateMany({
        where: { batchId: batch.id, rowNumber: row.rowNumber, state: before.state, leaseToken: null },
        data: {
          state: "pending",
          rowSha256: row.sha256,
          imageCount: row.images.length,
          errorCode: null,
          errorMessage: null,
          tries: 0,
        },
      });
    }
  }
  for (const row of check.bad) {
    const before = byNumber.get(row.rowNumber);
    if (before?.state === "created" || before?.state === "uploaded") changed.push(row.rowNumber);
    if (before?.state === "pending")
      await db().bulkRow.updateMany({
        where: { batchId: batch.id, rowNumber: row.rowNumber, state: "pending", leaseToken: null },
        data: { state: "invalid", rowSha256: badHash(row.rowNumber), errorCode: row.code, errorMessage: row.message },
      });
  }
  await db().bulkBatch.update({
    where: { id: batch.id },
    data: { invalidCount: await db().bulkRow.count({ where: { batchId: batch.id, state: "invalid" } }) },
  });
  return { id: batch.id, created: false, changed: changed.sort((a, b) => a - b) };
}

/**
 * --retry-failed: the batch's failed rows are tried again from the step they
 * reached: without a session from the start, with one from the uploads
 * (which skip every image Veriff acknowledged and go on to submit). Returns
 * how many.
 */
export async function retryFailedRows(batchId: string): Promise<number> {
  const reset = { state: "failed" as const, leaseToken: null };
  const data = { tries: 0, nextAttemptAt: new Date(), errorCode: null, errorMessage: null };
  const [fresh, started] = await db().$transaction([
    db().bulkRow.updateMany({ where: { batchId, ...reset, sessionId: null }, data: { ...data, state: "pending" } }),
    db().bulkRow.updateMany({
      where: { batchId, ...reset, sessionId: { not: null } },
      data: { ...data, state: "created" },
    }),
  ]);
  return fresh.count + started.count;
}
