import "server-only";
import { log } from "@/lib/log";
import type { CheckedRow } from "./check-manifest";
import type { ClaimedRow } from "./claim-rows";
import { createRowSession } from "./create-row-session";
import { LeaseLost, RowFailure, RowRetry, RunStopped } from "./row-errors";
import type { RowLease } from "./row-lease";
import { failRow, letGoOfRow } from "./settle-row";
import { submitRow } from "./submit-row";
import { uploadRowFiles } from "./upload-row-files";

export type RowEnd = "submitted" | "failed" | "retry" | "lost" | "stopped";

/**
 * One claimed row from the step it reached to submitted: create, upload,
 * submit, each recorded before the next begins (create-row-session.ts,
 * upload-row-files.ts, submit-row.ts). What stops it decides what the row
 * becomes: refused for good, failed; passing trouble, due again later; a run
 * stopping, let go of at once; a lease lost, left to its new holder.
 */
export async function processRow(
  batchId: string,
  claimed: ClaimedRow,
  row: CheckedRow | undefined,
  lease: RowLease,
  { maxTries }: { maxTries: number },
): Promise<RowEnd> {
  try {
    if (!row) throw new RowFailure("row_not_in_manifest", "the manifest read by this run has no such good row");
    let { sessionId } = claimed;
    if (claimed.state === "pending") sessionId = await createRowSession(batchId, row, lease);
    if (!sessionId) throw new RowFailure("internal", "a started row without a session");
    if (claimed.state === "pending" || claimed.state === "created")
      await uploadRowFiles(row, { sessionId, imagesUploaded: claimed.imagesUploaded }, lease);
    await submitRow(sessionId, lease);
    return "submitted";
  } catch (error) {
    if (error instanceof LeaseLost) return "lost";
    if (error instanceof RunStopped) {
      await letGoOfRow(lease, { tries: claimed.tries, maxTries, counts: false });
      return "stopped";
    }
    if (error instanceof RowFailure) {
      await failRow(lease, error.code, error.message);
      return "failed";
    }
    if (!(error instanceof RowRetry))
      log().error({ err: error, batchId, row: claimed.rowNumber }, "bulk row failed unexpectedly; tried again later");
    const code = error instanceof RowRetry ? error.code : "internal";
    const message = error instanceof RowRetry ? error.message : "an unexpected error (see the log)";
    return letGoOfRow(lease, { tries: claimed.tries, maxTries, code, message });
  }
}
