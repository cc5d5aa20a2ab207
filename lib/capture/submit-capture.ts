import "server-only";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { veriff } from "@/lib/veriff/default-client";
import { VeriffError } from "@/lib/veriff/errors";
import { findCapture } from "./find-capture";
import { OPEN_FOR_CAPTURE } from "./open-statuses";
import { missingFrames, type MissingFrames } from "./required-frames";

export type SubmitOutcome =
  | { ok: true; status: "submitted" }
  | { ok: false; status: number; code: string; message: string; missing?: MissingFrames[] };

/**
 * Submits the current attempt once every required side has its frames
 * acknowledged by Veriff. A claim in Postgres lets exactly one request submit
 * (a double click, two tabs, two app instances); the others see it done.
 */
export async function submitCapture(token: string): Promise<SubmitOutcome> {
  const capture = await findCapture(token);
  if (!capture.ok) {
    // A second click after the first one submitted is not an error for the user.
    return capture.code === "already_submitted" ? { ok: true, status: "submitted" } : capture;
  }
  const session = capture.session;
  const acknowledged = await db().mediaUpload.findMany({
    where: { sessionId: session.id, attemptNumber: session.attemptNumber, status: "acknowledged" },
    select: { context: true },
  });
  const missing = missingFrames(session.documentType, acknowledged.map((upload) => upload.context), serverEnv().CAPTURE_FRAMES_PER_CONTEXT);
  if (missing.length) {
    return { ok: false, status: 409, code: "capture_incomplete", message: "Some photos are still missing.", missing };
  }

  const claim = await db().verificationSession.updateMany({
    where: { id: session.id, submitClaimedAt: null, status: { in: [...OPEN_FOR_CAPTURE] } },
    data: { submitClaimedAt: new Date() },
  });
  if (claim.count === 0) return { ok: true, status: "submitted" };

  try {
    const outcome = await veriff().submitSession(session.veriffSessionId ?? "");
    await db().$transaction([
      db().verificationSession.updateMany({
        where: { id: session.id, status: { in: [...OPEN_FOR_CAPTURE] } },
        data: { status: "submitted", submittedAt: new Date() },
      }),
      db().sessionEvent.create({
        data: { sessionId: session.id, type: "session.submitted", actor: "end_user", data: { attemptNumber: session.attemptNumber, via: outcome.via } },
      }),
    ]);
    log().info({ sessionId: session.id, via: outcome.via }, "session submitted");
    return { ok: true, status: "submitted" };
  } catch (error) {
    if (!(error instanceof VeriffError)) throw error;
    // Not submitted: let the user (or the next click) try again.
    await db().verificationSession.update({ where: { id: session.id }, data: { submitClaimedAt: null } });
    log().warn({ sessionId: session.id, err: error }, "submit failed");
    return {
      ok: false,
      status: error.permanent ? 502 : 503,
      code: error.permanent ? "veriff_refused" : "veriff_unavailable",
      message: "The photos could not be sent for checking. Try again.",
    };
  }
}
