import "server-only";
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { db } from "@/lib/db";
import { csvLine } from "./parse-csv";

export const REPORT_COLUMNS = [
  "row",
  "row_state",
  "session_id",
  "veriff_session_id",
  "vendor_data",
  "end_user_id",
  "status",
  "decision_code",
  "decision_reason_code",
  "decision_reason",
  "error_code",
  "error_message",
] as const;

export interface ReportSummary {
  rows: number;
  byRowState: Record<string, number>;
  /** Submitted rows by their session's status: approved, declined, ... or submitted while no decision has come. */
  byStatus: Record<string, number>;
  /** Invalid and failed rows by their code. */
  byError: Record<string, number>;
}

const PAGE = 1_000;

/**
 * Writes every row of the batch to `file` as CSV, in the manifest's order:
 * its state, its session (ours and Veriff's ids), the session's status and
 * the decision's code and reason, or why it was invalid or failed. Read in
 * pages, so a batch of any size is written in bounded memory.
 */
export async function writeBatchReport(batchId: string, file: string): Promise<ReportSummary> {
  const out = createWriteStream(file, { encoding: "utf8" });
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, "drain");
  };
  const summary: ReportSummary = { rows: 0, byRowState: {}, byStatus: {}, byError: {} };
  const count = (group: Record<string, number>, key: string) => (group[key] = (group[key] ?? 0) + 1);
  try {
    await write(csvLine([...REPORT_COLUMNS]));
    for (let after = 0; ;) {
      const page = await db().bulkRow.findMany({
        where: { batchId, rowNumber: { gt: after } },
        orderBy: { rowNumber: "asc" },
        take: PAGE,
        include: { session: true },
      });
      if (!page.length) break;
      for (const row of page) {
        const session = row.session;
        summary.rows++;
        count(summary.byRowState, row.state);
        if (row.state === "submitted" && session) count(summary.byStatus, session.status);
        if (row.errorCode && (row.state === "invalid" || row.state === "failed")) count(summary.byError, row.errorCode);
        await write(
          csvLine([
            row.rowNumber,
            row.state,
            session?.id,
            session?.veriffSessionId,
            session?.vendorData,
            session?.endUserId,
            session?.status,
            session?.decisionCode,
            session?.decisionReasonCode,
            session?.decisionReason,
            row.state === "submitted" ? null : row.errorCode,
            row.state === "submitted" ? null : row.errorMessage,
          ]),
        );
      }
      after = page.at(-1)!.rowNumber;
    }
  } finally {
    out.end();
    await once(out, "close");
  }
  return summary;
}

/** A batch by its id, or by its manifest's SHA-256; null when there is none. */
export async function findBatch(by: { id: string } | { manifestSha256: string }) {
  return db().bulkBatch.findUnique({ where: by });
}
