import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { veriff } from "@/lib/veriff/default-client";
import { applyVeriffUpdate } from "./apply-veriff-update";

/**
 * Reads a session's decision back from Veriff (GET decision) and applies it
 * exactly as the decision webhook would, recording the read in the timeline.
 * Throws VeriffError when Veriff cannot answer. Returns whether Veriff had decided.
 */
export async function readBackDecision(
  session: { id: string; veriffSessionId: string },
  event: { type: "session.reconciled" | "staff.refreshed"; actor: "system" | "staff"; data?: Prisma.InputJsonObject },
): Promise<boolean> {
  const { verification } = await veriff().getDecision(session.veriffSessionId);
  await db().$transaction(async (tx) => {
    await tx.sessionEvent.create({
      data: {
        sessionId: session.id,
        type: event.type,
        actor: event.actor,
        data: { ...event.data, decided: verification !== null },
      },
    });
    if (verification) {
      await applyVeriffUpdate(tx, {
        kind: "decision",
        veriffSessionId: verification.id,
        attemptId: verification.attemptId ?? null,
        decision: verification,
      });
    }
  });
  return verification !== null;
}
