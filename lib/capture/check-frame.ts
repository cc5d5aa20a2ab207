import "server-only";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import type { VerificationSession } from "@/lib/generated/prisma/client";
import { CAPTURE_LIMITS, MAX_IMAGE_BYTES, MAX_PDF_BYTES } from "@/lib/limits";
import { refusal, type Refusal } from "@/lib/refusal";
import { findOpenSession } from "@/lib/sessions/find-session";
import { IMAGE_CONTEXTS } from "@/lib/veriff/schemas";
import type { CaptureErrorCode } from "./error-codes";
import { findConsentedCapture } from "./find-capture";
import { captureContexts, contextFitsSource, requiredContexts, type FrameSource } from "./required-frames";

const PDF_CONTEXTS: ReadonlySet<string> = new Set(["document-front", "document-back", "address-front"]);
/** The types a frame may declare, by the kind its bytes must then be. */
const DECLARED_TYPES: Record<string, DeclaredType> = {
  "image/jpeg": "image/jpeg",
  "image/jpg": "image/jpeg",
  "image/png": "image/png",
  "image/webp": "image/webp",
  "image/heic": "image/heif-family",
  "image/heif": "image/heif-family",
  "application/pdf": "application/pdf",
};
/** Every Content-Type a frame may be sent with. */
export const FRAME_CONTENT_TYPES = Object.keys(DECLARED_TYPES);
export type DeclaredType = "image/jpeg" | "image/png" | "image/webp" | "image/heif-family" | "application/pdf";

/** The capture routes' codes (each with a phrase on the page), and the one only integrators see. */
export type FrameErrorCode = CaptureErrorCode | "session_not_found";

/** What a frame's request says before its body: `frameId` is the sender's id for it, the same on every retry. */
export interface FrameRequest {
  context: string | null;
  declaredType: string | null;
  source?: "camera" | "file";
  bothSides?: boolean;
  frameId?: string | null;
}

/** A frame's request that passed every check needing none of its bytes: its body may now be read, up to `maxBytes`. */
export interface CheckedFrame {
  session: VerificationSession;
  context: string;
  declared: DeclaredType;
  source: FrameSource;
  bothSides: boolean;
  frameId: string | null;
  actor: "end_user" | "integrator";
  maxBytes: number;
}

export type FrameCheck = { ok: true; frame: CheckedFrame } | Refusal<FrameErrorCode>;

/**
 * The capture page's frame, checked before a byte of it is read: the link,
 * the end-user's consent, the context, the source, the declared type and
 * the attempt's frame count. Only then is the body worth reading.
 */
export async function checkCaptureFrame(
  token: string,
  { context, declaredType, source = "camera", bothSides = false, frameId = null }: FrameRequest,
): Promise<FrameCheck> {
  const capture = await findConsentedCapture(token);
  if (!capture.ok) return capture;
  const contexts = new Set(captureContexts(capture.session));
  return checkFrame(capture.session, contexts, "end_user", { context, declaredType, source, bothSides, frameId });
}

/** The same checks for a frame an integrator captured itself (POST /api/sessions/{id}/frames). */
export async function checkIntegratorFrame(
  sessionId: string,
  { context, declaredType, frameId = null }: FrameRequest,
): Promise<FrameCheck> {
  const open = await findOpenSession(sessionId);
  if (!open.ok) return open;
  const session = open.session;
  const request = { context, declaredType, source: "integrator" as const, bothSides: false, frameId };
  return checkFrame(session, new Set(IMAGE_CONTEXTS), "integrator", request);
}

async function checkFrame(
  session: VerificationSession,
  contexts: ReadonlySet<string>,
  actor: CheckedFrame["actor"],
  {
    context,
    declaredType,
    source,
    bothSides,
    frameId,
  }: Required<Omit<FrameRequest, "source">> & { source: FrameSource },
): Promise<FrameCheck> {
  if (!context || !contexts.has(context)) {
    return refusal("invalid_context", "This kind of photo is not part of the check.", { allowed: [...contexts] });
  }
  if (!contextFitsSource(context, source)) {
    return refusal("file_not_pre", "A chosen photo is sent as the side itself, never as an earlier (-pre) frame.");
  }
  const declared = DECLARED_TYPES[(declaredType ?? "").split(";")[0]!.trim().toLowerCase()];
  if (!declared) return refusal("unsupported_type", "Send a JPEG, PNG, WebP or HEIC photo (or a PDF where offered).");
  const pdf = declared === "application/pdf";
  // A PDF is always a chosen file: never one of the camera's frames.
  if (pdf && (!serverEnv().VERIFF_PDF_ENABLED || !PDF_CONTEXTS.has(context) || source === "camera")) {
    return refusal("pdf_not_accepted", "PDF files are not accepted here. Take a photo instead.");
  }
  // Veriff takes one PDF holding both sides of an identity document (IDV): only a PDF, only as the front, only of a card.
  if (bothSides && !(pdf && context === "document-front" && requiredContexts(session).includes("document-back"))) {
    return refusal(
      "both_sides_not_allowed",
      "Only a PDF sent as the front of a two-sided document can hold both sides.",
    );
  }
  if (await attemptIsFull(session, frameId)) {
    return refusal(
      "too_many_frames",
      `This check already has ${CAPTURE_LIMITS.framesPerAttempt} photos: send it, or ask for a new link.`,
    );
  }
  const maxBytes = pdf ? MAX_PDF_BYTES : MAX_IMAGE_BYTES;
  return { ok: true, frame: { session, context, declared, source, bothSides, frameId, actor, maxBytes } };
}

/**
 * Whether the attempt holds as many frames as a link may send, a retry of one
 * of them aside. Counted before the upload, so two requests at the cap may
 * both pass: a bound on the work a link can cause, not an exact count.
 */
async function attemptIsFull(session: VerificationSession, frameId: string | null): Promise<boolean> {
  const held = await db().mediaUpload.count({
    where: { sessionId: session.id, attemptNumber: session.attemptNumber, status: { not: "failed" } },
  });
  if (held < CAPTURE_LIMITS.framesPerAttempt) return false;
  if (!frameId) return true;
  const retry = await db().mediaUpload.findUnique({
    where: { sessionId_clientFrameId: { sessionId: session.id, clientFrameId: frameId } },
    select: { id: true },
  });
  return retry === null;
}
