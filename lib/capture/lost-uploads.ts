import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma, type MediaUpload, type VerificationSession } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { veriff } from "@/lib/veriff/default-client";
import { VeriffError } from "@/lib/veriff/errors";
import type { VeriffMedia } from "@/lib/veriff/schemas";
import { onItsWay } from "./claim-frame";
import { OUTCOME_UNKNOWN } from "./upload-outcome";

// A frame whose upload's answer was lost (a dropped connection, a timeout, a
// 5xx, the app killed mid-upload) may or may not be at Veriff. Veriff's API
// has no idempotency key, but it lists a session's media with their context
// and size: asking before sending again keeps every frame at Veriff once.

type SessionRef = Pick<VerificationSession, "id" | "veriffSessionId">;
type LostRow = Pick<MediaUpload, "id" | "context" | "sizeBytes" | "sha256">;

/** Another frame of the same context and size is on its way: whether this one landed cannot be told yet. */
export class Undecided extends Error {
  override readonly name = "Undecided";
}

/**
 * Veriff's copy of an upload whose answer was lost, or null when Veriff has
 * none. An image of the upload's context and size that no row of ours names
 * is its copy when no other upload of that context and size is lost too;
 * when one is, size cannot tell them apart, and each candidate's bytes are
 * fetched and compared with the upload's SHA-256. Throws VeriffError when
 * Veriff cannot be asked, and Undecided while another such frame is still on
 * its way (pending since `liveSince`: its image may be Veriff's, not yet
 * named by its row).
 */
export async function findLostUpload(
  session: SessionRef,
  upload: LostRow,
  liveSince: Date,
): Promise<VeriffMedia | null> {
  const alike = { sessionId: session.id, context: upload.context, sizeBytes: upload.sizeBytes, veriffMediaId: null };
  const [onTheirWay, lost] = await Promise.all([
    db().mediaUpload.count({
      where: { ...alike, id: { not: upload.id }, status: "pending", createdAt: { gt: liveSince } },
    }),
    db().mediaUpload.count({
      where: {
        ...alike,
        id: { not: upload.id },
        OR: [{ status: "pending" }, { status: "failed", errorCode: OUTCOME_UNKNOWN }],
      },
    }),
  ]);
  if (onTheirWay) throw new Undecided();
  const { images } = await veriff().listSessionMedia(session.veriffSessionId!, { once: true });
  const sized = images.filter((image) => image.context === upload.context && image.size === upload.sizeBytes);
  if (!sized.length) return null;
  const named = await db().mediaUpload.findMany({
    where: { sessionId: session.id, veriffMediaId: { in: sized.map((image) => image.id) } },
    select: { veriffMediaId: true },
  });
  const taken = new Set(named.map((row) => row.veriffMediaId));
  const candidates = sized.filter((image) => !taken.has(image.id));
  if (!lost) return candidates[0] ?? null;
  for (const candidate of candidates) {
    const { bytes } = await veriff().getMediaFile(candidate.id, { once: true });
    if (createHash("sha256").update(bytes).digest("hex") === upload.sha256) return candidate;
  }
  return null;
}

/**
 * Before a frame is sent again under its id: if an earlier request for it
 * died mid-upload (pending past `liveSince`) or ended not knowing
 * (OUTCOME_UNKNOWN), and Veriff holds it, its row is given Veriff's id, so
 * the claim records it instead of sending it again. "unknown": it cannot be
 * told now (Veriff cannot be asked, or another frame like it is on its way),
 * and the frame must not be sent now.
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
  try {
    const found = await findLostUpload(session, row, liveSince);
    if (!found) return "settled";
    await db().mediaUpload.updateMany({
      where: { id: row.id, veriffMediaId: null },
      data: { veriffMediaId: found.id },
    });
    log().info({ sessionId: session.id, uploadId: row.id }, "a frame whose answer was lost was found at Veriff");
    return "settled";
  } catch (error) {
    // A unique violation: the image was just named by another row, which answers for it.
    if (!(error instanceof VeriffError || error instanceof Undecided || isUniqueViolation(error))) throw error;
    log().warn({ sessionId: session.id, reason: error.name }, "could not tell whether a lost upload landed");
    return "unknown";
  }
}

function isUniqueViolation(error: unknown): error is Error {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
