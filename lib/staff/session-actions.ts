import "server-only";
import { newCaptureToken } from "@/lib/capture/capture-token";
import { isOpenForCapture, OPEN_FOR_CAPTURE } from "@/lib/sessions/lifecycle";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { captureUrl } from "@/lib/sessions/create-session";
import { lockSession } from "@/lib/sessions/lock-session";
import { readBackDecision } from "@/lib/sessions/read-back-decision";
import { veriff } from "@/lib/veriff/default-client";
import { VeriffError } from "@/lib/veriff/errors";
import { refusal, type Refusal } from "@/lib/refusal";
import { recordAudit } from "./audit";
import type { StaffMember } from "./current-staff";
import { isUuid } from "@/lib/is-uuid";
import { can } from "./permissions";

export type ActionResult<T = object> = ({ ok: true } & T) | Refusal;

const NOT_FOUND = refusal("not_found", "This session no longer exists.");
// Checked here as well as by the pages and actions calling these: the rule holds whoever calls.
const NOT_ALLOWED = refusal("not_allowed", "Your role does not allow this.");

/** Reads the decision back from Veriff now, as reconciliation would. */
export async function refreshFromVeriff(
  staff: StaffMember,
  sessionId: string,
): Promise<ActionResult<{ decided: boolean }>> {
  if (!can(staff.role, "sessions.refresh")) return NOT_ALLOWED;
  const session = await findSession(sessionId);
  if (!session) return NOT_FOUND;
  if (!session.veriffSessionId) return refusal("no_veriff_session", "Veriff never created this session.");
  try {
    const decided = await readBackDecision(
      { id: session.id, veriffSessionId: session.veriffSessionId },
      { type: "staff.refreshed", actor: "staff", data: { by: staff.email } },
    );
    await recordAudit(staff, "session.refreshed", { sessionId: session.id });
    return { ok: true, decided };
  } catch (error) {
    return veriffFailure(error, sessionId);
  }
}

/**
 * A fresh capture link for a session the end-user can still capture for
 * (after a resubmission request, or a lost link). The previous link stops
 * working; the new one expires with the session. Shown once, never stored.
 */
export async function issueNewCaptureLink(
  staff: StaffMember,
  sessionId: string,
): Promise<ActionResult<{ url: string }>> {
  if (!can(staff.role, "sessions.new_link")) return NOT_ALLOWED;
  const session = await findSession(sessionId);
  if (!session) return NOT_FOUND;
  const { token, hash } = newCaptureToken();
  const now = new Date();
  const issued = await db().$transaction(async (tx) => {
    // Checked and changed in one statement: a submit or expiry landing meanwhile wins.
    const { count } = await tx.verificationSession.updateMany({
      where: { id: session.id, status: { in: [...OPEN_FOR_CAPTURE] }, captureTokenExpiresAt: { gt: now } },
      data: { captureTokenHash: hash },
    });
    if (count === 0) return false;
    await tx.sessionEvent.create({
      data: { sessionId: session.id, type: "staff.new_capture_link", actor: "staff", data: { by: staff.email } },
    });
    await recordAudit(staff, "session.new_capture_link", { sessionId: session.id }, tx);
    return true;
  });
  if (issued) return { ok: true, url: captureUrl(token) };
  if (!isOpenForCapture(session.status)) {
    return refusal("not_open", `A ${session.status.replaceAll("_", " ")} session takes no more photos.`);
  }
  return refusal("session_expired", "This session has expired: start a new verification instead.");
}

/**
 * Deletes the session in Veriff, then here: its uploads' metadata, timeline
 * and webhook payloads go too. Only the audit log remembers it existed. If
 * Veriff refuses (deletion is not enabled for every integration), nothing
 * here is deleted, so the two never disagree.
 */
export async function deleteSessionEverywhere(staff: StaffMember, sessionId: string): Promise<ActionResult> {
  if (!can(staff.role, "sessions.delete")) return NOT_ALLOWED;
  const session = await findSession(sessionId);
  if (!session) return NOT_FOUND;
  if (session.veriffSessionId) {
    try {
      await veriff().deleteSession(session.veriffSessionId);
    } catch (error) {
      // Already gone at Veriff: finish the job here.
      if (!(error instanceof VeriffError && error.status === 404)) return veriffFailure(error, sessionId);
    }
  }
  await db().$transaction(async (tx) => {
    // Locked first, as a webhook being applied locks it: that webhook's delivery
    // is then committed (and deleted below) or arrives after (unmatched, and
    // emptied by retention).
    await lockSession(tx, session.id);
    await tx.webhookDelivery.deleteMany({
      where: {
        OR: [
          { sessionId: session.id },
          ...(session.veriffSessionId ? [{ veriffSessionId: session.veriffSessionId }] : []),
        ],
      },
    });
    await tx.verificationSession.delete({ where: { id: session.id } });
    await recordAudit(
      staff,
      "session.deleted",
      { sessionId: session.id, details: { veriffSessionId: session.veriffSessionId, status: session.status } },
      tx,
    );
  });
  log().info({ sessionId: session.id }, "session deleted by staff");
  return { ok: true };
}

async function findSession(sessionId: string) {
  if (!isUuid(sessionId)) return null;
  return db().verificationSession.findUnique({
    where: { id: sessionId },
    select: { id: true, veriffSessionId: true, status: true, captureTokenExpiresAt: true },
  });
}

function veriffFailure(error: unknown, sessionId: string): Refusal {
  if (!(error instanceof VeriffError)) throw error;
  log().warn({ sessionId, err: error }, "staff action: Veriff call failed");
  if (error.status === 429) {
    return refusal(
      "veriff_rate_limited",
      "Veriff is limiting these calls (deletions: 5 an hour, 10 a day). Try again later.",
    );
  }
  if (error.permanent) {
    const detail = `HTTP ${error.status ?? "?"}${error.code ? `, code ${error.code}` : ""}`;
    return refusal("veriff_refused", `Veriff refused: ${detail}.`);
  }
  return refusal("veriff_unavailable", "Veriff could not be reached. Try again in a moment.");
}
