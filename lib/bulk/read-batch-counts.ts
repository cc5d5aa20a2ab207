import "server-only";
import { db } from "@/lib/db";
import type { BulkRowState } from "@/lib/generated/prisma/enums";

export type BatchCounts = Record<BulkRowState, number> & { total: number };

/** How many of the batch's rows are in each state, over every process working on it. */
export async function readBatchCounts(batchId: string): Promise<BatchCounts> {
  const groups = await db().bulkRow.groupBy({ by: ["state"], where: { batchId }, _count: { _all: true } });
  const counts: BatchCounts = { pending: 0, created: 0, uploaded: 0, submitted: 0, invalid: 0, failed: 0, total: 0 };
  for (const group of groups) {
    counts[group.state] = group._count._all;
    counts.total += group._count._all;
  }
  return counts;
}
