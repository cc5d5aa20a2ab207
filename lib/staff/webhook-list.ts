import "server-only";
import { db } from "@/lib/db";

const SHOWN = 100;

const columns = {
  id: true,
  kind: true,
  veriffSessionId: true,
  attemptId: true,
  receivedAt: true,
  processedAt: true,
  processingError: true,
  verifiedKeyIndex: true,
} as const;

/**
 * Deliveries staff must look at: verified webhooks naming no session of ours
 * (unmatched), and deliveries whose processing failed and are not applied yet
 * (Veriff retries those a retry could fix; they leave this list once applied).
 * Newest first, the latest 100 of each.
 */
export async function listProblemWebhooks() {
  const unmatched = { sessionId: null, processedAt: { not: null } } as const;
  const failed = { processingError: { not: null }, processedAt: null } as const;
  const [unmatchedRows, unmatchedCount, failedRows, failedCount] = await Promise.all([
    db().webhookDelivery.findMany({ where: unmatched, orderBy: { receivedAt: "desc" }, take: SHOWN, select: columns }),
    db().webhookDelivery.count({ where: unmatched }),
    db().webhookDelivery.findMany({ where: failed, orderBy: { receivedAt: "desc" }, take: SHOWN, select: columns }),
    db().webhookDelivery.count({ where: failed }),
  ]);
  return {
    unmatched: { rows: unmatchedRows, total: unmatchedCount },
    failed: { rows: failedRows, total: failedCount },
  };
}
