import "server-only";
import { db } from "@/lib/db";
import type { BulkRowState, VerificationStatus } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/is-uuid";

const SHOWN_BATCHES = 100;
const ROWS_PER_PAGE = 200;
export const BULK_ROW_STATES = [
  "pending",
  "created",
  "uploaded",
  "submitted",
  "invalid",
  "failed",
] as const satisfies readonly BulkRowState[];

/** The latest batches, newest first, each with its rows counted by state and its sessions by status. */
export async function listBulkBatches() {
  const batches = await db().bulkBatch.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: SHOWN_BATCHES,
  });
  const ids = batches.map((batch) => batch.id);
  const [rowStates, sessionStatuses] = await Promise.all([
    db().bulkRow.groupBy({ by: ["batchId", "state"], where: { batchId: { in: ids } }, _count: { _all: true } }),
    db().verificationSession.groupBy({
      by: ["bulkBatchId", "status"],
      where: { bulkBatchId: { in: ids }, bulkRow: { isNot: null } },
      _count: { _all: true },
    }),
  ]);
  return batches.map((batch) => ({
    ...batch,
    rows: countsOf(
      rowStates.filter((group) => group.batchId === batch.id).map((group) => [group.state, group._count._all]),
    ),
    statuses: countsOf(
      sessionStatuses
        .filter((group) => group.bulkBatchId === batch.id)
        .map((group) => [group.status, group._count._all]),
    ),
  }));
}
export type BulkBatchSummary = Awaited<ReturnType<typeof listBulkBatches>>[number];

/**
 * One batch and a page of its rows in the manifest's order (after row
 * `after`), optionally of one state, each with its session's status and decision.
 */
export async function readBulkBatch(id: string, { state, after = 0 }: { state?: BulkRowState; after?: number } = {}) {
  if (!isUuid(id)) return null;
  const batch = await db().bulkBatch.findUnique({ where: { id } });
  if (!batch) return null;
  const where = { batchId: id, ...(state ? { state } : {}) };
  const [rows, matching, rowStates, sessionStatuses] = await Promise.all([
    db().bulkRow.findMany({
      where: { ...where, rowNumber: { gt: after } },
      orderBy: { rowNumber: "asc" },
      take: ROWS_PER_PAGE + 1,
      select: {
        id: true,
        rowNumber: true,
        state: true,
        imageCount: true,
        imagesUploaded: true,
        tries: true,
        errorCode: true,
        errorMessage: true,
        nextAttemptAt: true,
        leaseUntil: true,
        submittedAt: true,
        session: {
          select: {
            id: true,
            veriffSessionId: true,
            vendorData: true,
            status: true,
            decisionCode: true,
            decisionReason: true,
            decidedAt: true,
          },
        },
      },
    }),
    db().bulkRow.count({ where }),
    db().bulkRow.groupBy({ by: ["state"], where: { batchId: id }, _count: { _all: true } }),
    db().verificationSession.groupBy({
      by: ["status"],
      where: { bulkBatchId: id, bulkRow: { isNot: null } },
      _count: { _all: true },
    }),
  ]);
  const more = rows.length > ROWS_PER_PAGE;
  const page = rows.slice(0, ROWS_PER_PAGE);
  return {
    batch,
    rows: page,
    matching,
    nextAfter: more ? page.at(-1)!.rowNumber : null,
    counts: countsOf(rowStates.map((group) => [group.state, group._count._all])) as Partial<
      Record<BulkRowState, number>
    >,
    statuses: countsOf(sessionStatuses.map((group) => [group.status, group._count._all])) as Partial<
      Record<VerificationStatus, number>
    >,
  };
}
export type BulkBatchPage = NonNullable<Awaited<ReturnType<typeof readBulkBatch>>>;

function countsOf(entries: [string, number][]): Record<string, number> {
  return Object.fromEntries(entries);
}
