import "server-only";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import type { CaptureState } from "@/lib/contracts/capture-api";
import type { Refusal } from "@/lib/refusal";
import { allowedReturnUrl } from "@/lib/sessions/check-return-url";
import { isDecided } from "@/lib/sessions/lifecycle";
import { reasonInPlainWords } from "@/lib/veriff/reason-codes";
import { captureDeadlines } from "./deadlines";
import { findLink } from "./find-capture";
import { missingFrames } from "./required-frames";

/** The capture link's view of its session, for resuming a capture and for the status page. */
export async function captureState(
  token: string,
  now = new Date(),
): Promise<{ ok: true; state: CaptureState } | Refusal<"invalid_token" | "link_expired">> {
  const link = await findLink(token, now);
  if (!link.ok) return link;
  const session = link.session;
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
  return {
    ok: true,
    state: {
      sessionId: session.id,
      status: session.status,
      documentType: session.documentType,
      proofOfAddress: session.proofOfAddress,
      consented: session.consentedAt !== null,
      attemptNumber: session.attemptNumber,
      framesPerContext: env.CAPTURE_FRAMES_PER_CONTEXT,
      pdfEnabled: env.VERIFF_PDF_ENABLED,
      autoCapture: env.CAPTURE_AUTO,
      frameAnswerMs: captureDeadlines().frameAnswerMs,
      frames: frames.map((frame) => ({ ...frame, acknowledgedAt: frame.acknowledgedAt?.toISOString() ?? null })),
      missing: missingFrames(session, frames, env.CAPTURE_FRAMES_PER_CONTEXT),
      // Checked against the setting as it is now, not as it was when the session was created.
      returnUrl: allowedReturnUrl(session.returnUrl, env.APP_RETURN_ORIGINS),
      // The code too, so the page can say the reason in its own language.
      decision: isDecided(session.status)
        ? {
            status: session.status,
            reason: reasonInPlainWords(session.decisionReasonCode),
            reasonCode: session.decisionReasonCode,
          }
        : null,
    },
  };
}
