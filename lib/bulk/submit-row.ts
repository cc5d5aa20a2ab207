import "server-only";
import { db } from "@/lib/db";
import { recordIntegratorEvents } from "@/lib/integrator-webhooks/record-integrator-events";
import { veriff } from "@/lib/veriff/default-client";
import { VeriffError } from "@/lib/veriff/errors";
import { LeaseLost, rowErrorOf } from "./row-errors";
import type { RowLease } from "./row-lease";

/**
 * Step 3: the one write that must land exactly once. Only the row's lease
 * holder submits, and the client's submitOnce reads the session's attempts
 * before sending and whenever an answer is lost, so a rerun after a crash
 * between Veriff's answer and our record finds the attempt submitted and
 * records it without a second PATCH. A session Veriff's own webhooks have
 * already moved on (submitted, decided, or asked to resubmit: a bulk row
 * submits its first attempt only) is recorded as submitted as it is.
 */
export async function submitRow(sessionId: string, lease: RowLease): Promise<void> {
  lease.check();
  const session = await db().verificationSession.findUniqueOrThrow({ where: { id: sessionId } });
  let via: "answered" | "confirmed" | "webhook" = "webhook";
  const claimedAt = new Date();
  if (session.status === "created" || session.status === "started") {
    // Frames of the integrator API are refused from now on, as for a capture being submitted.
    await db().verificationSession.updateMany({
      where: { id: sessionId, status: { in: ["created", "started"] } },
      data: { submitClaimedAt: claimedAt },
    });
    try {
      via = (await veriff().submitSession(session.veriffSessionId!)).via;
    } catch (error) {
      await db().verificationSession.updateMany({
        where: { id: sessionId, submitClaimedAt: claimedAt },
        data: { submitClaimedAt: null },
      });
      throw error instanceof VeriffError ? rowErrorOf(error, "submit") : error;
    }
  }
  await db().$transaction(async (tx) => {
    const now = new Date();
    const moved = await tx.verificationSession.updateMany({
      where: { id: sessionId, status: { in: ["created", "started"] } },
      data: { status: "submitted", submittedAt: now },
    });
    if (via !== "webhook")
      await tx.sessionEvent.create({
        data: {
          sessionId,
          type: "session.submitted",
          actor: "integrator",
          data: { attemptNumber: session.attemptNumber, via, bulkBatchId: session.bulkBatchId },
        },
      });
    if (moved.count > 0) await recordIntegratorEvents(tx, [sessionId], "session.submitted");
    const done = await tx.bulkRow.updateMany({
      where: { id: lease.rowId, leaseToken: lease.token, state: "uploaded" },
      data: {
        state: "submitted",
        submittedAt: now,
        leaseToken: null,
        leaseUntil: null,
        errorCode: null,
        errorMessage: null,
      },
    });
    if (done.count === 0) throw new LeaseLost();
  });
}
