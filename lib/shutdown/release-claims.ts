import "server-only";
import { OUTCOME_UNKNOWN } from "@/lib/capture/upload-outcome";
import { db } from "@/lib/db";

/**
 * Releases frames this process claimed but did not finish sending (the grace
 * ran out): each row still pending and not named by Veriff is marked failed
 * with an unknown outcome, keeping its frame id. The end-user's retry of that
 * frame (to any instance) is then not told to wait for a sender that is gone:
 * it asks Veriff first (lib/capture/lost-uploads.ts) and records the frame if
 * it landed, or sends it, once. Returns how many rows it released.
 */
export async function releaseClaims(uploadIds: Iterable<string>): Promise<number> {
  const ids = [...uploadIds];
  if (!ids.length) return 0;
  const { count } = await db().mediaUpload.updateMany({
    where: { id: { in: ids }, status: "pending", veriffMediaId: null },
    data: { status: "failed", errorCode: OUTCOME_UNKNOWN },
  });
  return count;
}
