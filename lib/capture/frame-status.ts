import "server-only";
import { db } from "@/lib/db";
import { abandonedAfterMs, acceptedFrame, type AcceptedFrame } from "./accept-frame";
import type { CaptureErrorCode } from "./error-codes";
import { onItsWay } from "./claim-frame";
import { findCapture } from "./find-capture";

export type FrameStatus =
  | { ok: true; state: "acknowledged"; frame: AcceptedFrame }
  /** On its way to Veriff in another request: ask again later. */
  | { ok: true; state: "pending" }
  /** Not held (never arrived, failed, or left by a request that died): send it again. */
  | { ok: true; state: "unknown" }
  | { ok: false; status: number; code: CaptureErrorCode; message: string };

/**
 * Where a frame the page sent stands, by the page's id for it: what the page
 * asks while another request is still sending that frame, instead of sending
 * all of its bytes again.
 */
export async function frameStatus(token: string, frameId: string): Promise<FrameStatus> {
  const capture = await findCapture(token);
  if (!capture.ok) return { ok: false, status: capture.status, code: capture.code, message: capture.message };
  const upload = await db().mediaUpload.findUnique({
    where: { sessionId_clientFrameId: { sessionId: capture.session.id, clientFrameId: frameId } },
  });
  if (upload?.status === "acknowledged") return { ok: true, state: "acknowledged", frame: acceptedFrame(upload) };
  const pending = upload && onItsWay(upload, new Date(Date.now() - abandonedAfterMs()));
  return { ok: true, state: pending ? "pending" : "unknown" };
}
