import "server-only";
import { db } from "@/lib/db";
import type { MediaUpload, VerificationSession } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { veriff } from "@/lib/veriff/default-client";
import { VeriffError } from "@/lib/veriff/errors";
import { onItsWay } from "./claim-frame";

/**
 * A frame whose request died while sending it (the app killed mid-upload)
 * left a pending row, and Veriff may or may not have it: its answer was lost
 * with the request. Before the frame is sent again, Veriff's own list of the
 * session's media is asked: an image of the same context and size that no
 * row of ours names is that frame, and is recorded instead of sent twice.
 * Returns whether the row now holds Veriff's id. Any failure to ask leaves
 * the row as it was: the frame is then sent again, as before.
 */
export async function resolveStaleUpload(
  session: Pick<VerificationSession, "id" | "veriffSessionId">,
  clientFrameId: string,
  liveSince: Date,
): Promise<boolean> {
  const stale = await db().mediaUpload.findUnique({
    where: { sessionId_clientFrameId: { sessionId: session.id, clientFrameId } },
  });
  if (!stale || stale.status !== "pending" || stale.veriffMediaId || onItsWay(stale, liveSince)) return false;
  const found = await findAtVeriff(session, stale);
  if (!found) return false;
  const { count } = await db().mediaUpload.updateMany({
    where: { id: stale.id, status: "pending", veriffMediaId: null },
    data: { veriffMediaId: found },
  });
  log().info({ sessionId: session.id, uploadId: stale.id }, "a frame's lost upload was found at Veriff");
  return count > 0;
}

/** The id of Veriff's image that is this upload: same context and size, named by no row of ours. */
async function findAtVeriff(
  session: Pick<VerificationSession, "id" | "veriffSessionId">,
  upload: MediaUpload,
): Promise<string | null> {
  let images;
  try {
    ({ images } = await veriff().listSessionMedia(session.veriffSessionId!));
  } catch (error) {
    if (!(error instanceof VeriffError)) throw error;
    log().warn({ sessionId: session.id, err: error }, "could not ask Veriff for a lost upload; it is sent again");
    return null;
  }
  const candidates = images.filter((image) => image.context === upload.context && image.size === upload.sizeBytes);
  if (!candidates.length) return null;
  const known = await db().mediaUpload.findMany({
    where: { sessionId: session.id, veriffMediaId: { in: candidates.map((image) => image.id) } },
    select: { veriffMediaId: true },
  });
  const named = new Set(known.map((row) => row.veriffMediaId));
  return candidates.find((image) => !named.has(image.id))?.id ?? null;
}
