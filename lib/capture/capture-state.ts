import "server-only";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import type { VerificationStatus } from "@/lib/generated/prisma/enums";
import { reasonInPlainWords } from "@/lib/veriff/reason-codes";
import { hashCaptureToken } from "./capture-token";
import { missingFrames, type FrameSource, type MissingFrames, type ProofOfAddress } from "./required-frames";

export interface CaptureState {
  status: VerificationStatus;
  documentType: string | null;
  proofOfAddress: ProofOfAddress;
  /** Whether the end-user has agreed to the processing (on the start page or the capture link's first screen). */
  consented: boolean;
  attemptNumber: number;
  framesPerContext: number;
  pdfEnabled: boolean;
  /** Frames of the current attempt Veriff has acknowledged: a reloaded page resumes from these. */
  frames: {
    id: string;
    context: string;
    source: FrameSource;
    mimeType: string;
    bothSides: boolean;
    width: number | null;
    height: number | null;
    sizeBytes: number;
    acknowledgedAt: Date | null;
  }[];
  missing: MissingFrames[];
  /** What the end-user may know of the decision: never any personal data. */
  decision: { status: VerificationStatus; reason: string | null; reasonCode: number | null } | null;
}

export type CaptureStateLookup =
  | { ok: true; state: CaptureState }
  | { ok: false; status: 404 | 410; code: "invalid_token" | "link_expired"; message: string };

/** The capture link's view of its session, for resuming a capture and for the status page. */
export async function captureState(token: string, now = new Date()): Promise<CaptureStateLookup> {
  const session = await db().verificationSession.findUnique({ where: { captureTokenHash: hashCaptureToken(token) } });
  if (!session) return { ok: false, status: 404, code: "invalid_token", message: "This link is not valid." };
  if (!session.captureTokenExpiresAt || session.captureTokenExpiresAt <= now) {
    return { ok: false, status: 410, code: "link_expired", message: "This link has expired. Ask for a new one." };
  }
  const env = serverEnv();
  const frames = await db().mediaUpload.findMany({
    where: { sessionId: session.id, attemptNumber: session.attemptNumber, status: "acknowledged" },
    orderBy: { acknowledgedAt: "asc" },
    select: {
      id: true,
      context: true,
      source: true,
      mimeType: true,
      bothSides: true,
      width: true,
      height: true,
      sizeBytes: true,
      acknowledgedAt: true,
    },
  });
  const decided = ["approved", "declined", "resubmission_requested", "review", "expired", "abandoned"].includes(
    session.status,
  );
  return {
    ok: true,
    state: {
      status: session.status,
      documentType: session.documentType,
      proofOfAddress: session.proofOfAddress,
      consented: session.consentedAt !== null,
      attemptNumber: session.attemptNumber,
      framesPerContext: env.CAPTURE_FRAMES_PER_CONTEXT,
      pdfEnabled: env.VERIFF_PDF_ENABLED,
      frames,
      missing: missingFrames(session, frames, env.CAPTURE_FRAMES_PER_CONTEXT),
      // The code too, so the page can say the reason in its own language.
      decision: decided
        ? {
            status: session.status,
            reason: reasonInPlainWords(session.decisionReasonCode),
            reasonCode: session.decisionReasonCode,
          }
        : null,
    },
  };
}
