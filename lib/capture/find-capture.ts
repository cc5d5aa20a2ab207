import "server-only";
import { db } from "@/lib/db";
import type { VerificationSession } from "@/lib/generated/prisma/client";
import { refusal, type Refusal } from "@/lib/refusal";
import { checkOpen, type OpenCheck } from "@/lib/sessions/check-open";
import { tagSession } from "@/lib/tracing/spans";
import { hashCaptureToken } from "./capture-token";

export type LinkLookup = { ok: true; session: VerificationSession } | Refusal<"invalid_token" | "link_expired">;

export type CaptureLookup = Refusal<"invalid_token" | "link_expired"> | OpenCheck;

/** The session a capture link names, while the link lives, whatever its status. */
export async function findLink(token: string, now = new Date()): Promise<LinkLookup> {
  const session = await db().verificationSession.findUnique({ where: { captureTokenHash: hashCaptureToken(token) } });
  if (!session?.veriffSessionId) return refusal("invalid_token", "This link is not valid.");
  tagSession(session.id);
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

/** The session a capture link grants access to, if it may still take frames and its end-user has agreed to the processing. */
export async function findConsentedCapture(token: string): Promise<CaptureLookup | Refusal<"consent_required">> {
  const capture = await findCapture(token);
  // Nothing of the end-user's goes to Veriff before they agreed to it.
  if (capture.ok && !capture.session.consentedAt) {
    return refusal("consent_required", "The end-user has not agreed to the processing yet: POST …/consent first.");
  }
  return capture;
}
