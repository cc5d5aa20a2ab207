import "server-only";
import { createHash } from "node:crypto";
import type { AcceptedFrame } from "@/lib/contracts/capture-api";
import { db } from "@/lib/db";
import type { MediaUpload, VerificationSession } from "@/lib/generated/prisma/client";
import { MAX_LONGER_SIDE } from "@/lib/limits";
import { recordIntegratorEvents } from "@/lib/integrator-webhooks/record-integrator-events";
import { log } from "@/lib/log";
import { claimsImage } from "@/lib/media/image-dimensions";
import { sniffMedia } from "@/lib/media/sniff-media";
import { refusal, type Refusal } from "@/lib/refusal";
import { holdClaim } from "@/lib/shutdown/shutdown-state";
import { veriff } from "@/lib/veriff/default-client";
import { VeriffError } from "@/lib/veriff/errors";
import type { ImageContext, ImageUploadInput } from "@/lib/veriff/schemas";
import type { CheckedFrame, FrameErrorCode } from "./check-frame";
import { claimFrame } from "./claim-frame";
import { captureDeadlines } from "./deadlines";
import { findLostUpload, resolveLostUpload } from "./lost-uploads";
import { OUTCOME_UNKNOWN } from "./upload-outcome";

export type FrameOutcome = { ok: true; frame: AcceptedFrame } | Refusal<FrameErrorCode>;

/**
 * A checked frame's bytes: their real type and pixels read (never trusting
 * the declared type), then sent to Veriff as a signed, compressed upload and
 * recorded by their metadata only. The image is never written to disk or
 * database. A retry (the same frame id) is answered, never sent twice.
 * `abandonedAfterMs`: after how long a pending frame of the same id was left
 * by a sender that died; a sender that holds the session alone (a bulk row's
 * lease) knows it sooner than the capture's deadlines do.
 */
export async function sendFrame(
  checked: CheckedFrame,
  bytes: Buffer,
  options: { abandonedAfterMs?: number } = {},
): Promise<FrameOutcome> {
  const { session, context, declared, source, bothSides, frameId, actor, maxBytes } = checked;
  if (bytes.length === 0) return refusal("empty_file", "The photo arrived empty. Take it again.");
  if (bytes.length > maxBytes) {
    return refusal("file_too_large", `The file is larger than Veriff takes (${maxBytes} bytes for this type).`);
  }
  const sniffed = sniffMedia(bytes);
  const actual =
    sniffed?.mimetype === "image/heic" || sniffed?.mimetype === "image/heif" ? "image/heif-family" : sniffed?.mimetype;
  if (!sniffed && claimsImage(bytes)) {
    return refusal("unreadable_file", "This photo cannot be read: it may be damaged. Choose another one.");
  }
  if (!sniffed || actual !== declared) {
    return refusal("type_mismatch", "The file is not the kind of image it claims to be.");
  }
  const longerSide = Math.max(sniffed.width ?? 0, sniffed.height ?? 0);
  if (longerSide > MAX_LONGER_SIDE) {
    return refusal(
      "too_many_pixels",
      `The image is ${longerSide} px on its longer side; at most ${MAX_LONGER_SIDE} px is accepted.`,
    );
  }

  const abandonedAfterMs = options.abandonedAfterMs ?? captureDeadlines().abandonedAfterMs;
  // A retry of a frame whose earlier answer was lost: Veriff may have it already.
  if (frameId && (await resolveLostUpload(session, frameId, new Date(Date.now() - abandonedAfterMs))) === "unknown") {
    return refusal("veriff_unavailable", "The photo could not be sent right now. It will be retried.");
  }
  const claim = await claimFrame(
    {
      sessionId: session.id,
      context,
      attemptNumber: session.attemptNumber,
      mimeType: sniffed.mimetype,
      sizeBytes: bytes.length,
      width: sniffed.width ?? null,
      height: sniffed.height ?? null,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      source,
      bothSides,
      clientFrameId: frameId,
    },
    {
      abandonedAfterMs,
      // Veriff takes one proof of address per check, and nothing sent can be withdrawn: a second one would stand beside the first.
      single: context === "address-front" && actor === "end_user",
    },
  );
  if (claim.kind === "acknowledged") return { ok: true, frame: frameAnswerOf(claim.upload) };
  if (claim.kind === "unrecorded") return recordAcknowledged(session, claim.upload, claim.upload.veriffMediaId, actor);
  if (claim.kind === "in_progress")
    return refusal(
      "frame_in_progress",
      "This frame is being sent to Veriff by an earlier request: ask again in a moment.",
    );
  if (claim.kind === "reused") return refusal("frame_id_reused", "This frame id was used for another frame.");
  if (claim.kind === "taken")
    return refusal("address_already_sent", "A proof of address was already sent for this check; Veriff takes one.");
  // Ours until its row says how it ended: a shutdown that cuts it off releases it (lib/shutdown/release-claims.ts).
  const letGo = holdClaim(claim.upload.id);
  try {
    return await sendClaimed(session, claim.upload, sniffed.mimetype, bytes, actor);
  } finally {
    letGo();
  }
}

/** Sends a claimed frame to Veriff and records the outcome on its row. */
async function sendClaimed(
  session: VerificationSession,
  upload: MediaUpload,
  mimetype: string,
  bytes: Buffer,
  actor: "end_user" | "integrator",
): Promise<FrameOutcome> {
  const { context } = upload;
  const { abandonedAfterMs } = captureDeadlines();
  const started = performance.now();
  const sent = await veriff()
    .uploadImage(
      session.veriffSessionId!,
      { context: context as ImageContext, mimetype: mimetype as ImageUploadInput["mimetype"], bytes },
      { landed: () => findLostUpload(session, upload, new Date(Date.now() - abandonedAfterMs)) },
    )
    .then(
      (media) => ({ media }),
      (error: unknown) => ({ error }),
    );
  if ("error" in sent) {
    const { error } = sent;
    // Not sent: the frame's id is let go of, so the page can send it again at once. Perhaps sent (the
    // answer lost, and Veriff could not be asked): the id stays, and its retry asks Veriff first.
    const unknown = error instanceof VeriffError && error.outcomeUnknown;
    const errorCode = unknown
      ? OUTCOME_UNKNOWN
      : error instanceof VeriffError
        ? (error.code ?? error.kind)
        : "internal";
    await db().mediaUpload.update({
      where: { id: upload.id },
      data: { status: "failed", errorCode, ...(unknown ? {} : { clientFrameId: null }) },
    });
    if (!(error instanceof VeriffError)) throw error;
    log().warn({ sessionId: session.id, uploadId: upload.id, err: error }, "frame not accepted by Veriff");
    // Veriff's 409: the session was submitted meanwhile (another tab, another device).
    if (error.status === 409) return refusal("already_submitted", "These photos have already been sent for checking.");
    return error.permanent
      ? refusal("veriff_refused", "The verification service did not accept this photo. Take it again.", {
          veriffCode: error.code ?? null,
        })
      : refusal("veriff_unavailable", "The photo could not be sent right now. It will be retried.");
  }
  // Veriff has it: its id is kept at once, on its own, so a retry records it rather than sends it again should what follows fail.
  await db().mediaUpload.update({
    where: { id: upload.id },
    data: { veriffMediaId: sent.media.id, uploadMs: Math.round(performance.now() - started) },
  });
  return recordAcknowledged(session, upload, sent.media.id, actor);
}

/** Veriff acknowledged the frame: the row says so, the session has started, and the timeline shows it. */
async function recordAcknowledged(
  session: VerificationSession,
  upload: MediaUpload,
  veriffMediaId: string,
  actor: "end_user" | "integrator",
): Promise<FrameOutcome> {
  const { context, source, bothSides } = upload;
  const acknowledged = await db().$transaction(async (tx) => {
    const row = await tx.mediaUpload.update({
      where: { id: upload.id },
      data: { status: "acknowledged", veriffMediaId, acknowledgedAt: new Date() },
    });
    await tx.verificationSession.updateMany({
      where: { id: session.id, status: "created" },
      data: { status: "started" },
    });
    // The first frame of the attempt a resubmission request opened starts it over, as Veriff's own
    // "started" event would (whichever comes first moves it, once): the integrator hears of it.
    const restarted = await tx.verificationSession.updateMany({
      where: { id: session.id, status: "resubmission_requested", attemptNumber: upload.attemptNumber },
      data: { status: "started" },
    });
    if (restarted.count > 0) await recordIntegratorEvents(tx, [session.id], "session.resubmission_started");
    await tx.sessionEvent.create({
      data: {
        sessionId: session.id,
        type: "frame.acknowledged",
        actor,
        data: {
          uploadId: upload.id,
          context,
          source,
          attemptNumber: upload.attemptNumber,
          ...(bothSides ? { bothSides } : {}),
        },
      },
    });
    return row;
  });
  return { ok: true, frame: frameAnswerOf(acknowledged) };
}

export function frameAnswerOf(upload: MediaUpload): AcceptedFrame {
  const { id, context, source, veriffMediaId, sizeBytes, width, height, bothSides } = upload;
  return { id, context, source, veriffMediaId: veriffMediaId!, sizeBytes, width, height, bothSides };
}
