import "server-only";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { recordIntegratorEvents } from "@/lib/integrator-webhooks/record-integrator-events";
import { log } from "@/lib/log";
import { veriff } from "@/lib/veriff/default-client";
import { VeriffError } from "@/lib/veriff/errors";
import type { SubmitAnswer } from "@/lib/contracts/capture-api";
import { refusal, type Refusal } from "@/lib/refusal";
import { OPEN_FOR_CAPTURE } from "@/lib/sessions/lifecycle";
import { findCapture } from "./find-capture";
import { missingFrames } from "./required-frames";

// A claim this old belongs to a request that died (a crash between claim and
// release): another request may take it over, after reading what landed.
const CLAIM_LEASE_MS = 2 * 60 * 1000;

export type SubmitOutcome =
  | ({ ok: true } & SubmitAnswer)
  | Refusal<
      | "invalid_token"
      | "link_expired"
      | "already_submitted"
      | "capture_incomplete"
      | "veriff_refused"
      | "veriff_unavailable"
    >;

/**
 * Submits the current attempt once every required side has its frames
 * acknowledged by Veriff. A claim in Postgres lets exactly one request submit
 * (a double click, two tabs, two app instances); the others see it done.
 */
export async function submitCapture(token: string): Promise<SubmitOutcome> {
  const now = new Date();
  const capture = await findCapture(token, now);
  if (!capture.ok && capture.code !== "already_submitted") return capture;
  const session = capture.session;
  // A second click is not an error: tell it where the first one got to.
  if (session.status === "submitted") return { ok: true, status: "submitted" };
  if (!capture.ok && session.submitClaimedAt && now.getTime() - session.submitClaimedAt.getTime() < CLAIM_LEASE_MS) {
    return { ok: true, status: "submitting" };
  }
  if (!capture.ok && !session.submitClaimedAt) return refusal(capture.code, capture.message);
  const acknowledged = await db().mediaUpload.findMany({
    where: { sessionId: session.id, attemptNumber: session.attemptNumber, status: "acknowledged" },
    select: { context: true, source: true, bothSides: true },
  });
  const missing = missingFrames(session, acknowledged, serverEnv().CAPTURE_FRAMES_PER_CONTEXT);
  if (missing.length) {
    return refusal("capture_incomplete", "Some photos are still missing.", { missing });
  }

  const claim = await db().verificationSession.updateMany({
    where: {
      id: session.id,
      attemptNumber: session.attemptNumber,
      status: { in: [...OPEN_FOR_CAPTURE] },
      OR: [{ submitClaimedAt: null }, { submitClaimedAt: { lt: new Date(now.getTime() - CLAIM_LEASE_MS) } }],
    },
    data: { submitClaimedAt: now },
  });
  if (claim.count === 0) return { ok: true, status: "submitting" };
  // Only this claim, on this attempt, may finish or release: a resubmission
  // request that lands meanwhile has moved the session on and must stay.
  const ours = { id: session.id, attemptNumber: session.attemptNumber, submitClaimedAt: now };

  try {
    const outcome = await veriff().submitSession(session.veriffSessionId!);
    await db().$transaction(async (tx) => {
      const moved = await tx.verificationSession.updateMany({
        where: { ...ours, status: { in: [...OPEN_FOR_CAPTURE] } },
        data: { status: "submitted", submittedAt: new Date() },
      });
      await tx.sessionEvent.create({
        data: {
          sessionId: session.id,
          type: "session.submitted",
          actor: "end_user",
          data: { attemptNumber: session.attemptNumber, via: outcome.via },
        },
      });
      // Told once, by whichever moved it: here, or Veriff's "submitted" event if it came first.
      if (moved.count > 0) await recordIntegratorEvents(tx, [session.id], "session.submitted");
    });
    log().info({ sessionId: session.id, via: outcome.via }, "session submitted");
    return { ok: true, status: "submitted" };
  } catch (error) {
    if (!(error instanceof VeriffError)) throw error;
    // Not submitted: let the user (or the next click) try again.
    await db().verificationSession.updateMany({ where: ours, data: { submitClaimedAt: null } });
    log().warn({ sessionId: session.id, err: error }, "submit failed");
    return refusal(
      error.permanent ? "veriff_refused" : "veriff_unavailable",
      "The photos could not be sent for checking. Try again.",
    );
  }
}
