import "server-only";
import { checkCaptureFrame, checkIntegratorFrame, type FrameRequest } from "./check-frame";
import { sendFrame, type FrameOutcome } from "./send-frame";

/**
 * One frame from the capture page, checked and sent in one call: what the
 * routes do in two steps (check, read the body, send), for callers that hold
 * the bytes already. `source` says whether the page's camera took it or the
 * end-user chose a file; `bothSides`, that a PDF sent as the front holds the
 * back as well; `frameId`, the page's id for the frame, the same on each retry.
 */
export async function acceptFrame(
  token: string,
  context: string | null,
  declaredType: string | null,
  bytes: Buffer,
  options: Omit<FrameRequest, "context" | "declaredType"> = {},
): Promise<FrameOutcome> {
  const checked = await checkCaptureFrame(token, { context, declaredType, ...options });
  return checked.ok ? sendFrame(checked.frame, bytes) : checked;
}

/** The same for a frame an integrator captured itself. */
export async function acceptIntegratorFrame(
  sessionId: string,
  context: string | null,
  declaredType: string | null,
  bytes: Buffer,
  frameId: string | null = null,
): Promise<FrameOutcome> {
  const checked = await checkIntegratorFrame(sessionId, { context, declaredType, frameId });
  return checked.ok ? sendFrame(checked.frame, bytes) : checked;
}
