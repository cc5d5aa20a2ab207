import "server-only";
import { db } from "@/lib/db";
import { veriff } from "@/lib/veriff/default-client";
import { refusal, type Refusal } from "@/lib/refusal";
import { VeriffError } from "@/lib/veriff/errors";
import { recordAudit } from "./audit";
import type { StaffMember } from "./current-staff";
import { isUuid } from "@/lib/is-uuid";

const SHOWN_TYPES = new Set(["image/jpeg", "image/png", "image/webp", "image/heic", "image/heif", "application/pdf"]);

export type ImageResult =
  | { ok: true; bytes: Uint8Array<ArrayBuffer>; contentType: string }
  | Refusal<"not_found" | "gone_at_veriff" | "veriff_unavailable">;

/**
 * One uploaded frame, fetched from Veriff for a staff member (GET media) and
 * never stored. Only frames of this session that Veriff acknowledged; every
 * view is recorded in the audit log.
 */
export async function viewUploadedImage(staff: StaffMember, sessionId: string, uploadId: string): Promise<ImageResult> {
  const upload =
    isUuid(sessionId) && isUuid(uploadId)
      ? await db().mediaUpload.findFirst({
          where: { id: uploadId, sessionId, status: "acknowledged", veriffMediaId: { not: null } },
          select: { veriffMediaId: true, context: true, mimeType: true },
        })
      : null;
  if (!upload?.veriffMediaId) return refusal("not_found", "No such upload in this session.");
  try {
    const media = await veriff().getMediaFile(upload.veriffMediaId);
    await recordAudit(staff, "session.viewed_image", { sessionId, details: { uploadId, context: upload.context } });
    const declared = media.contentType?.split(";")[0]?.trim().toLowerCase();
    // Only types we uploaded, labelled as such: never let a response be sniffed into HTML.
    const contentType = declared && SHOWN_TYPES.has(declared) ? declared : upload.mimeType;
    return { ok: true, bytes: new Uint8Array(media.bytes), contentType };
  } catch (error) {
    if (!(error instanceof VeriffError)) throw error;
    if (error.status === 404) return refusal("gone_at_veriff", "Veriff no longer has this image.");
    return refusal("veriff_unavailable", "Veriff could not return the image. Try again in a moment.");
  }
}
