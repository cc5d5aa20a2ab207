import "server-only";
import { db } from "@/lib/db";
import { recordIntegratorEvents } from "@/lib/integrator-webhooks/record-integrator-events";
import { veriffSessionColumns } from "@/lib/sessions/create-session";
import { veriff } from "@/lib/veriff/default-client";
import { VeriffError } from "@/lib/veriff/errors";
import type { CheckedRow } from "./check-manifest";
import { LeaseLost, rowErrorOf } from "./row-errors";
import type { RowLease } from "./row-lease";

/**
 * Step 1: the Veriff session, then ours (marked with the batch) and the row's
 * step in one transaction. No capture link: nobody captures for a bulk
 * session. Veriff's create has no idempotency key: when its answer is lost,
 * or this process dies before the transaction commits, the next try creates
 * another, and the first stays at Veriff unused until it expires (7 days);
 * it is never submitted.
 */
export async function createRowSession(batchId: string, row: CheckedRow, lease: RowLease): Promise<string> {
  lease.check();
  const input = row.session;
  const created = await veriff()
    .createSession(input)
    .catch((error: unknown) => {
      throw error instanceof VeriffError ? rowErrorOf(error, "create session") : error;
    });
  return db().$transaction(async (tx) => {
    const session = await tx.verificationSession.create({
      data: {
        ...veriffSessionColumns(input, created.verification.id),
        bulkBatchId: batchId,
        events: {
          create: {
            type: "session.created",
            actor: "integrator",
            data: { documentType: input.document?.type ?? null, bulkBatchId: batchId, bulkRow: row.rowNumber },
          },
        },
      },
    });
    await recordIntegratorEvents(tx, [session.id], "session.created");
    const moved = await tx.bulkRow.updateMany({
      where: { id: lease.rowId, leaseToken: lease.token, state: "pending" },
      data: { state: "created", sessionId: session.id, errorCode: null, errorMessage: null },
    });
    if (moved.count === 0) throw new LeaseLost();
    return session.id;
  });
}
