import "server-only";
import { db } from "@/lib/db";
import type { VerificationSession } from "@/lib/generated/prisma/client";
import { isOpenForCapture } from "@/lib/sessions/lifecycle";
import { hashCaptureToken } from "./capture-token";

export type CaptureLookup =
  | { ok: true; session: VerificationSession }
  | { ok: false; status: 404 | 410; code: "invalid_token" | "link_expired"; message: string }
  | { ok: false; status: 409; code: "already_submitted"; message: string; session: VerificationSession };

/** The session a capture link grants access to, if it may still take frames. */
export async function findCapture(token: string, now = new Date()): Promise<CaptureLookup> {
  const session = await db().verificationSession.findUnique({ where: { captureTokenHash: hashCaptureToken(token) } });
  if (!session?.veriffSessionId)
    return { ok: false, status: 404, code: "invalid_token", message: "This link is not valid." };
  if (!session.captureTokenExpiresAt || session.captureTokenExpiresAt <= now) {
    return { ok: false, status: 410, code: "link_expired", message: "This link has expired. Ask for a new one." };
  }
  return checkOpen(session);
}

/** Whether the session still takes frames (not submitted, no submit in flight). */
export function checkOpen(session: VerificationSession): CaptureLookup {
  if (!isOpenForCapture(session.status) || session.submitClaimedAt) {
    return {
      ok: false,
      status: 409,
      code: "already_submitted",
      message: "These photos have already been sent for checking.",
      session,
    };
  }
  return { ok: true, session };
}
