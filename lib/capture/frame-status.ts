import "server-only";
import { db } from "@/lib/db";
import type { AcceptedFrame } from "@/lib/contracts/capture-api";
import type { Refusal } from "@/lib/refusal";
import { frameAnswerOf } from "./send-frame";
import { onItsWay } from "./claim-frame";
import { captureDeadlines } from "./deadlines";
import { findCapture } from "./find-capture";

export type FrameStatus =
  | { ok: true; state: "acknowledged"; frame: AcceptedFrame }
  /** On its way to Veriff in another request: ask again later. */
  | { ok: true; state: "pending" }
  /** Not held (never arrived, failed, or left by a request that died): send it again. */
  | { ok: true; state: "unknown" }
  | Refusal<"invalid_token" | "link_expired" | "already_submitted">;

/**
 * Where a frame the page sent stands, by the page's id for it: what the page
 * asks while another request is still sending that frame, instead of sending
 * all of its bytes again.
 */
export async function frameStatus(token: string, frameId: string): Promise<FrameStatus> {
  const capture = await findCapture(token);
  if (!capture.ok) return capture;
  const upload = await db().mediaUpload.findUnique({
    where: { sessionId_clientFrameId: { sessionId: capture.session.id, clientFrameId: frameId } },
  });
  if (upload?.status === "acknowledged") return { ok: true, state: "acknowledged", frame: frameAnswerOf(upload) };
  const liveSince = new Date(Date.now() - captureDeadlines().abandonedAfterMs);
  return { ok: true, state: upload && onItsWay(upload, liveSince) ? "pending" : "unknown" };
}
