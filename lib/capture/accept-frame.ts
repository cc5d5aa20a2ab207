import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { claimsImage } from "@/lib/media/image-dimensions";
import { sniffMedia } from "@/lib/media/sniff-media";
import { MAX_IMAGE_BYTES, MAX_LONGER_SIDE, MAX_PDF_BYTES } from "@/lib/media/upload-limits";
import { veriff } from "@/lib/veriff/default-client";
import { longestCallMs } from "@/lib/veriff/http";
import { VeriffError } from "@/lib/veriff/errors";
import type { ImageContext, ImageUploadInput } from "@/lib/veriff/schemas";
import type { MediaUpload, VerificationSession } from "@/lib/generated/prisma/client";
import { IMAGE_CONTEXTS } from "@/lib/veriff/schemas";
import type { CaptureErrorCode } from "./error-codes";
import { claimFrame } from "./claim-frame";
import { checkOpen, findCapture } from "./find-capture";
import { captureContexts, contextFitsSource, requiredContexts, type FrameSource } from "./required-frames";

const PDF_CONTEXTS: ReadonlySet<string> = new Set(["document-front", "document-back", "address-front"]);
const DECLARED_TYPES: Record<string, string> = {
  "image/jpeg": "image/jpeg",
  "image/jpg": "image/jpeg",
  "image/png": "image/png",
  "image/webp": "image/webp",
  "image/heic": "image/heif-family",
  "image/heif": "image/heif-family",
  "application/pdf": "application/pdf",
};

export interface AcceptedFrame {
  id: string;
  context: string;
  source: FrameSource;
  veriffMediaId: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  bothSides: boolean;
}

export type FrameOutcome =
  | { ok: true; frame: AcceptedFrame }
  | { ok: false; status: number; code: FrameErrorCode; message: string; details?: Record<string, unknown> };

/** The capture routes' codes (each with a phrase on the page), and the one only integrators see. */
type FrameErrorCode = CaptureErrorCode | "session_not_found";

/**
 * One frame from the browser: checked (token, context, real type, size,
 * pixels), sent to Veriff as a signed, compressed upload, and recorded by its
 * metadata only. The image is never written to disk or database. `source`
 * says whether the page's camera took it or the end-user chose a file;
 * `bothSides`, that a PDF sent as the front holds the back as well;
 * `frameId`, the page's id for the frame, the same on each retry of it.
 */
export async function acceptFrame(
  token: string,
  context: string | null,
  declaredType: string | null,
  bytes: Buffer,
  {
    source = "camera",
    bothSides = false,
    frameId = null,
  }: { source?: "camera" | "file"; bothSides?: boolean; frameId?: string | null } = {},
): Promise<FrameOutcome> {
  const capture = await findCapture(token);
  if (!capture.ok) return { ok: false, status: capture.status, code: capture.code, message: capture.message };
  // Nothing of the end-user's goes to Veriff before they agreed to it.
  if (!capture.session.consentedAt)
    return refuse(403, "consent_required", "The end-user has not agreed to the processing yet: POST …/consent first.");
  const contexts = new Set(captureContexts(capture.session));
  return uploadFrame(capture.session, context, declaredType, bytes, {
    contexts,
    actor: "end_user",
    source,
    bothSides,
    frameId,
  });
}

/** The same checks and upload for a frame an integrator captured itself (POST /api/sessions/{id}/frames). */
export async function acceptIntegratorFrame(
  sessionId: string,
  context: string | null,
  declaredType: string | null,
  bytes: Buffer,
  frameId: string | null = null,
): Promise<FrameOutcome> {
  const session = await db().verificationSession.findUnique({ where: { id: sessionId } });
  if (!session?.veriffSessionId) return refuse(404, "session_not_found", "No such session.");
  const open = checkOpen(session);
  if (!open.ok) return { ok: false, status: open.status, code: open.code, message: open.message };
  return uploadFrame(session, context, declaredType, bytes, {
    contexts: new Set(IMAGE_CONTEXTS),
    actor: "integrator",
    source: "integrator",
    bothSides: false,
    frameId,
  });
}

async function uploadFrame(
  session: VerificationSession,
  context: string | null,
  declaredType: string | null,
  bytes: Buffer,
  {
    contexts,
    actor,
    source,
    bothSides,
    frameId,
  }: {
    contexts: ReadonlySet<string>;
    actor: "end_user" | "integrator";
    source: FrameSource;
    bothSides: boolean;
    frameId: string | null;
  },
): Promise<FrameOutcome> {
  if (!context || !contexts.has(context)) {
    return refuse(400, "invalid_context", "This kind of photo is not part of the check.", { allowed: [...contexts] });
  }
  if (!contextFitsSource(context, source)) {
    return refuse(400, "file_not_pre", "A chosen photo is sent as the side itself, never as an earlier (-pre) frame.");
  }
  if (bytes.length === 0) return refuse(400, "empty_file", "The photo arrived empty. Take it again.");

  const declared = DECLARED_TYPES[(declaredType ?? "").split(";")[0]!.trim().toLowerCase()];
  if (!declared)
    return refuse(415, "unsupported_type", "Send a JPEG, PNG, WebP or HEIC photo (or a PDF where offered).");
  const sniffed = sniffMedia(bytes);
  const actual =
    sniffed?.mimetype === "image/heic" || sniffed?.mimetype === "image/heif" ? "image/heif-family" : sniffed?.mimetype;
  if (!sniffed && claimsImage(bytes))
    return refuse(422, "unreadable_file", "This photo cannot be read: it may be damaged. Choose another one.");
  if (!sniffed || actual !== declared)
    return refuse(415, "type_mismatch", "The file is not the kind of image it claims to be.");

  const env = serverEnv();
  const pdf = sniffed.mimetype === "application/pdf";
  // A PDF is always a chosen file: never one of the camera's frames.
  if (pdf && (!env.VERIFF_PDF_ENABLED || !PDF_CONTEXTS.has(context) || source === "camera")) {
    return refuse(415, "pdf_not_accepted", "PDF files are not accepted here. Take a photo instead.");
  }
  // Veriff takes one PDF holding both sides of an identity document (IDV): only a PDF, only as the front, only of a card.
  if (bothSides && !(pdf && context === "document-front" && requiredContexts(session).includes("document-back"))) {
    return refuse(
      400,
      "both_sides_not_allowed",
      "Only a PDF sent as the front of a two-sided document can hold both sides.",
    );
  }
  const limit = pdf ? MAX_PDF_BYTES : MAX_IMAGE_BYTES;
  if (bytes.length > limit)
    return refuse(
      413,
      "file_too_large",
      `The file is larger than Veriff takes (${limit} bytes for ${pdf ? "a PDF" : "an image"}).`,
    );
  const longerSide = Math.max(sniffed.width ?? 0, sniffed.height ?? 0);
  if (longerSide > MAX_LONGER_SIDE) {
    return refuse(
      422,
      "too_many_pixels",
      `The image is ${longerSide} px on its longer side; at most ${MAX_LONGER_SIDE} px is accepted.`,
    );
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
      abandonedAfterMs: abandonedAfterMs(),
      // Veriff takes one proof of address per check, and nothing sent can be withdrawn: a second one would stand beside the first.
      single: context === "address-front" && actor === "end_user",
    },
  );
  if (claim.kind === "acknowledged") return { ok: true, frame: acceptedFrame(claim.upload) };
  if (claim.kind === "unrecorded") return recordAcknowledged(session, claim.upload, claim.upload.veriffMediaId, actor);
  if (claim.kind === "in_progress")
    return refuse(
      409,
      "frame_in_progress",
      "This frame is being sent to Veriff by an earlier request: ask again in a moment.",
    );
  if (claim.kind === "reused") return refuse(409, "frame_id_reused", "This frame id was used for another frame.");
  if (claim.kind === "taken")
    return refuse(409, "address_already_sent", "A proof of address was already sent for this check; Veriff takes one.");
  const upload = claim.upload;
  const started = performance.now();
  const sent = await veriff()
    .uploadImage(session.veriffSessionId!, {
      context: context as ImageContext,
      mimetype: sniffed.mimetype as ImageUploadInput["mimetype"],
      bytes,
    })
    .then(
      (media) => ({ media }),
      (error: unknown) => ({ error }),
    );
  if ("error" in sent) {
    const { error } = sent;
    // Not sent, whatever failed: the frame's id is let go of, so the page can send it again at once.
    const errorCode = error instanceof VeriffError ? (error.code ?? error.kind) : "internal";
    await db().mediaUpload.update({
      where: { id: upload.id },
      data: { status: "failed", errorCode, clientFrameId: null },
    });
    if (!(error instanceof VeriffError)) throw error;
    log().warn({ sessionId: session.id, uploadId: upload.id, err: error }, "frame not accepted by Veriff");
    // Veriff's 409: the session was submitted meanwhile (another tab, another device).
    if (error.status === 409)
      return refuse(409, "already_submitted", "These photos have already been sent for checking.");
    return error.permanent
      ? refuse(422, "veriff_refused", "The verification service did not accept this photo. Take it again.", {
          veriffCode: error.code ?? null,
        })
      : refuse(503, "veriff_unavailable", "The photo could not be sent right now. It will be retried.");
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
  const [acknowledged] = await db().$transaction([
    db().mediaUpload.update({
      where: { id: upload.id },
      data: { status: "acknowledged", veriffMediaId, acknowledgedAt: new Date() },
    }),
    db().verificationSession.updateMany({ where: { id: session.id, status: "created" }, data: { status: "started" } }),
    db().sessionEvent.create({
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
    }),
  ]);
  return { ok: true, frame: acceptedFrame(acknowledged) };
}

/** An upload pending longer than the slowest upload to Veriff, and then some, was left by a request that died. */
export function abandonedAfterMs(): number {
  const env = serverEnv();
  return longestCallMs(env.VERIFF_UPLOAD_TIMEOUT_MS, env.VERIFF_MAX_ATTEMPTS) + 60_000;
}

export function acceptedFrame(upload: MediaUpload): AcceptedFrame {
  const { id, context, source, veriffMediaId, sizeBytes, width, height, bothSides } = upload;
  return { id, context, source, veriffMediaId: veriffMediaId!, sizeBytes, width, height, bothSides };
}

function refuse(
  status: number,
  code: FrameErrorCode,
  message: string,
  details?: Record<string, unknown>,
): FrameOutcome {
  return { ok: false, status, code, message, ...(details ? { details } : {}) };
}
