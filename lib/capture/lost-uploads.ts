import "server-only";
import { db } from "@/lib/db";
import type { MediaUpload, VerificationSession } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { veriff } from "@/lib/veriff/default-client";
import { VeriffError } from "@/lib/veriff/errors";
import type { VeriffMedia } from "@/lib/veriff/schemas";
import { onItsWay } from "./claim-frame";

// A frame whose upload's answer was lost (a dropped connection, a timeout, a
// 5xx, the app killed mid-upload) may or may not be at Veriff. Veriff's API
// has no idempotency key, but it lists a session's media: an image of the
// same context and size that no row of ours names is that frame. Asking
// before sending again keeps every frame at Veriff once.

/** What marks a failed upload whose outcome nobody knows (kept with its frame id, so its retry finds it). */
export const OUTCOME_UNKNOWN = "outcome_unknown";

type SessionRef = Pick<VerificationSession, "id" | "veriffSessionId">;

/** Veriff's copy of an upload whose answer was lost, or null when Veriff has none. Throws VeriffError when Veriff cannot be asked (one try). */
export async function findLostUpload(
  session: SessionRef,
  upload: Pick<MediaUpload, "context" | "sizeBytes">,
): Promise<VeriffMedia | null> {
  const { images } = await veriff().listSessionMedia(session.veriffSessionId!, { once: true });
  const candidates = images.filter((image) => image.context === upload.context && image.size === upload.sizeBytes);
  if (!candidates.length) return null;
  const known = await db().mediaUpload.findMany({
    where: { sessionId: session.id, veriffMediaId: { in: candidates.map((image) => image.id) } },
    select: { veriffMediaId: true },
  });
  const named = new Set(known.map((row) => row.veriffMediaId));
  return candidates.find((image) => !named.has(image.id)) ?? null;
}

/**
 * Before a frame is sent again under its id: if an earlier request for it
 * died mid-upload (pending past `liveSince`) or ended not knowing
 * (OUTCOME_UNKNOWN), and Veriff holds it, its row is given Veriff's id, so
 * the claim records it instead of sending it again. "unknown": Veriff could
 * not be asked, and the frame must not be sent now.
 */
export async function resolveLostUpload(
  session: SessionRef,
  clientFrameId: string,
  liveSince: Date,
): Promise<"settled" | "unknown"> {
  const row = await db().mediaUpload.findUnique({
    where: { sessionId_clientFrameId: { sessionId: session.id, clientFrameId } },
  });
  const lost =
    row &&
    !row.veriffMediaId &&
    ((row.status === "pending" && !onItsWay(row, liveSince)) ||
      (row.status === "failed" && row.errorCode === OUTCOME_UNKNOWN));
  if (!lost) return "settled";
  let found: VeriffMedia | null;
  try {
    found = await findLostUpload(session, row);
  } catch (error) {
    if (!(error instanceof VeriffError)) throw error;
    log().warn({ sessionId: session.id, err: error }, "could not ask Veriff whether a lost upload landed");
    return "unknown";
  }
  if (found) {
    await db().mediaUpload.updateMany({
      where: { id: row.id, veriffMediaId: null },
      data: { veriffMediaId: found.id },
    });
    log().info({ sessionId: session.id, uploadId: row.id }, "a frame whose answer was lost was found at Veriff");
  }
  return "settled";
}
