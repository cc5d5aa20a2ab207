import "server-only";
import { db } from "@/lib/db";
import type { VerificationSession } from "@/lib/generated/prisma/client";
import { refusal, type Refusal } from "@/lib/refusal";
import { isOpenForCapture } from "@/lib/sessions/lifecycle";
import { hashCaptureToken } from "./capture-token";

export type LinkLookup = { ok: true; session: VerificationSession } | Refusal<"invalid_token" | "link_expired">;

export type OpenCheck =
  { ok: true; session: VerificationSession } | (Refusal<"already_submitted"> & { session: VerificationSession });

export type CaptureLookup = Refusal<"invalid_token" | "link_expired"> | OpenCheck;

/** The session a capture link names, while the link lives, whatever its status. */
export async function findLink(token: string, now = new Date()): Promise<LinkLookup> {
  const session = await db().verificationSession.findUnique({ where: { captureTokenHash: hashCaptureToken(token) } });
  if (!session?.veriffSessionId) return refusal("invalid_token", "This link is not valid.");
  if (!session.captureTokenExpiresAt || session.captureTokenExpiresAt <= now) {
    return refusal("link_expired", "This link has expired. Ask for a new one.");
  }
  return { ok: true, session };
}

/** The session a capture link grants access to, if it may still take frames. */
export async function findCapture(token: string, now = new Date()): Promise<CaptureLookup> {
  const link = await findLink(token, now);
  return link.ok ? checkOpen(link.session) : link;
}

/** Whether the session still takes frames (not submitted, no submit in flight). */
export function checkOpen(session: VerificationSession): OpenCheck {
  if (!isOpenForCapture(session.status) || session.submitClaimedAt) {
    return { ...refusal("already_submitted", "These photos have already been sent for checking."), session };
  }
  return { ok: true, session };
}
