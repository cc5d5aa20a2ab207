import "server-only";
import { db } from "@/lib/db";
import { Prisma, type MediaUpload } from "@/lib/generated/prisma/client";
import { lockSession } from "@/lib/sessions/lock-session";

/** What to do with a frame, by the sender's id for it. */
export type FrameClaim =
  /** Ours to send to Veriff: the row is pending. */
  | { kind: "upload"; upload: MediaUpload }
  /** Sent before (a retry whose first answer was lost): answer as then. */
  | { kind: "acknowledged"; upload: MediaUpload }
  /** Veriff took it, but recording that failed: record it now, without sending it again. */
  | { kind: "unrecorded"; upload: MediaUpload & { veriffMediaId: string } }
  /** Another request is sending it right now. */
  | { kind: "in_progress" }
  /** The id names another frame. */
  | { kind: "reused" }
  /** `single`: another frame of this context is sent or on its way in this attempt. */
  | { kind: "taken" };

/**
 * Claims the right to upload one frame. Its row is created pending under the
 * sender's frame id, unique per session, so a retry finds it: acknowledged, it
 * gets the first answer; pending, it is told to wait. A pending row older than
 * `abandonedAfterMs` was left by a request that died, and a failed one kept
 * its id because nobody knows whether Veriff took it: either is let go of and
 * the frame claimed anew (the caller has asked Veriff first: lost-uploads.ts). Frames without an id are not matched with anything.
 * `single`: the context takes one frame per attempt (a proof of address); the
 * whole claim is made with the session row locked, so two senders (two tabs,
 * two devices) cannot both pass.
 */
export async function claimFrame(
  data: Prisma.MediaUploadUncheckedCreateInput,
  { abandonedAfterMs, single = false, now = new Date() }: { abandonedAfterMs: number; single?: boolean; now?: Date },
): Promise<FrameClaim> {
  const liveSince = new Date(now.getTime() - abandonedAfterMs);
  return single ? claimOnly(data, liveSince) : claim(data, liveSince);
}

async function claim(data: Prisma.MediaUploadUncheckedCreateInput, liveSince: Date): Promise<FrameClaim> {
  const { sessionId, clientFrameId } = data;
  if (!clientFrameId) return { kind: "upload", upload: await db().mediaUpload.create({ data }) };
  // Twice at most: once more after letting go of an abandoned row, or when the row failed and let go of the id meanwhile.
  for (let tries = 0; tries < 2; tries++) {
    const created = await db().mediaUpload.create({ data }).catch(nullOnDuplicate);
    if (created) return { kind: "upload", upload: created };
    const existing = await db().mediaUpload.findUnique({
      where: { sessionId_clientFrameId: { sessionId, clientFrameId } },
    });
    if (!existing) continue;
    const judged = judge(existing, data, liveSince);
    if (judged !== "abandoned") return judged;
    // Pending from a request that died, or failed not knowing whether Veriff took it (and not there, we asked).
    await db().mediaUpload.updateMany({
      where: { id: existing.id, status: { in: ["pending", "failed"] }, veriffMediaId: null },
      data: ABANDONED,
    });
  }
  return { kind: "in_progress" };
}

/** The one frame of a single-frame context, claimed from start to end with the session row locked. */
async function claimOnly(data: Prisma.MediaUploadUncheckedCreateInput, liveSince: Date): Promise<FrameClaim> {
  const { sessionId, attemptNumber, context, clientFrameId } = data;
  return db().$transaction(async (tx) => {
    await lockSession(tx, sessionId);
    const existing = clientFrameId
      ? await tx.mediaUpload.findUnique({ where: { sessionId_clientFrameId: { sessionId, clientFrameId } } })
      : null;
    if (existing) {
      const judged = judge(existing, data, liveSince);
      if (judged !== "abandoned") return judged;
      await tx.mediaUpload.update({ where: { id: existing.id }, data: ABANDONED });
    }
    const live = await tx.mediaUpload.count({
      where: {
        sessionId,
        attemptNumber,
        context,
        OR: [{ status: "acknowledged" }, { status: "pending", createdAt: { gt: liveSince } }],
      },
    });
    if (live) return { kind: "taken" };
    return { kind: "upload", upload: await tx.mediaUpload.create({ data }) };
  });
}

/** A row already holding the frame's id: what it means for this request, or "abandoned" when its request died. */
function judge(
  existing: MediaUpload,
  data: Prisma.MediaUploadUncheckedCreateInput,
  liveSince: Date,
): FrameClaim | "abandoned" {
  if (
    existing.context !== data.context ||
    existing.sha256 !== data.sha256 ||
    existing.attemptNumber !== data.attemptNumber
  )
    return { kind: "reused" };
  if (existing.status === "acknowledged") return { kind: "acknowledged", upload: existing };
  if (existing.veriffMediaId)
    return { kind: "unrecorded", upload: { ...existing, veriffMediaId: existing.veriffMediaId } };
  return onItsWay(existing, liveSince) ? { kind: "in_progress" } : "abandoned";
}

/** Pending in a request that is still sending it to Veriff: neither answered, nor left by a request that died (created before `liveSince`). */
export function onItsWay(upload: MediaUpload, liveSince: Date): boolean {
  return upload.status === "pending" && !upload.veriffMediaId && upload.createdAt > liveSince;
}

/** A pending row whose request died: failed, and its frame id let go of so the frame can be claimed anew. */
const ABANDONED = { status: "failed", errorCode: "abandoned", clientFrameId: null } as const;

function nullOnDuplicate(error: unknown): null {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
  throw error;
}
