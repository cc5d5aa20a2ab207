// What the capture routes do in steps (check, read the body, send; find the
// link, record), in one call each, for tests that hold the bytes already.
import { checkCaptureFrame, type FrameRequest } from "../../lib/capture/check-frame";
import { findCapture } from "../../lib/capture/find-capture";
import { recordConsentFor } from "../../lib/capture/record-consent";
import type { ProofOfAddress } from "../../lib/capture/required-frames";
import { sendFrame, type FrameOutcome } from "../../lib/capture/send-frame";

/** One frame from the capture page, checked and sent. */
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

/** The end-user's agreement on the capture link's first screen, as POST …/consent records it. */
export async function recordConsent(token: string, locale: string, wording: (check: ProofOfAddress) => string) {
  const capture = await findCapture(token);
  return capture.ok ? recordConsentFor(capture.session, locale, wording) : capture;
}
