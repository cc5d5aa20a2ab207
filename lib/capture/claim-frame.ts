import "server-only";
import { db } from "@/lib/db";
import { Prisma, type MediaUpload } from "@/lib/generated/prisma/client";

/** What to do with a frame the capture page sends, by the page's id for it. */
export type FrameClaim =
  /** Ours to send to Veriff: the row is pending. */
  | { kind: "upload"; upload: MediaUpload }
  /** Sent before (a retry whose first answer was lost): answer as then. */
  | { kind: "acknowledged"; upload: MediaUpload }
  /** Another request is sending it right now. */
  | { kind: "in_progress" }
  /** The id names another frame. */
  | { kind: "reused" };

/**
 * Claims the right to upload one frame. Its row is created pending under the
 * page's frame id, unique per session, so a retry finds it: acknowledged, it
 * gets the first answer; pending, it is told to wait. A pending row older than
 * `abandonedAfterMs` was left by a request that died: it is marked failed and
 * the frame claimed anew. Frames without an id (another client) are not
 * matched with anything.
 */
export async function claimFrame(data: Prisma.MediaUploadUncheckedCreateInput, abandonedAfterMs: number, now = new Date()): Promise<FrameClaim> {
  const { sessionId, clientFrameId } = data;
  if (!clientFrameId) return { kind: "upload", upload: await db().mediaUpload.create({ data }) };
  // Twice at most: once more after letting go of an abandoned row, or when the row failed and let go of the id meanwhile.
  for (let tries = 0; tries < 2; tries++) {
    const created = await db()
      .mediaUpload.create({ data })
      .catch((error: unknown) => {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
        throw error;
      });
    if (created) return { kind: "upload", upload: created };
    const existing = await db().mediaUpload.findUnique({ where: { sessionId_clientFrameId: { sessionId, clientFrameId } } });
    if (!existing) continue;
    if (existing.context !== data.context || existing.sha256 !== data.sha256 || existing.attemptNumber !== data.attemptNumber) return { kind: "reused" };
    if (existing.status === "acknowledged") return { kind: "acknowledged", upload: existing };
    if (existing.createdAt.getTime() > now.getTime() - abandonedAfterMs) return { kind: "in_progress" };
    await db().mediaUpload.updateMany({ where: { id: existing.id, status: "pending" }, data: { status: "failed", errorCode: "abandoned", clientFrameId: null } });
  }
  return { kind: "in_progress" };
}
