import "server-only";
import type { CheckedFrame } from "@/lib/capture/check-frame";
import { sendFrame } from "@/lib/capture/send-frame";
import type { FrameAnswer } from "@/lib/contracts/capture-api";
import { CAPTURE_LIMITS } from "@/lib/limits";
import { refusal } from "@/lib/refusal";
import { readCappedBody } from "./read-capped-body";
import { refusalResponse } from "./refusal-response";
import { openUpload } from "./upload-budget";

/** How long a client turned away for a full upload budget waits: uploads to Veriff take a second or two. */
const BUSY_RETRY_AFTER_SECONDS = 2;

const busy = (message: string) =>
  refusalResponse(refusal("server_busy", message), { headers: { "retry-after": String(BUSY_RETRY_AFTER_SECONDS) } });

/**
 * The body of a frame that passed its checks, read within its type's limit,
 * this process's upload budget and the session's share of it, then sent to
 * Veriff: both frame routes answer through here (201 with the frame, or the
 * refusal).
 */
export async function receiveFrame(request: Request, checked: CheckedFrame): Promise<Response> {
  const upload = openUpload(checked.session.id);
  if (!upload) return busy("This check already has as many uploads on their way as it may: send it again in a moment.");
  try {
    const body = await readCappedBody(request, checked.maxBytes, {
      idleMs: CAPTURE_LIMITS.uploadIdleMs,
      admit: (bytes) => upload.take(bytes),
    });
    if (body === "too_large") {
      return refusalResponse(refusal("file_too_large", `The file is larger than ${checked.maxBytes} bytes.`));
    }
    if (body === "refused") return busy("Too many uploads at once: send it again in a moment.");
    if (body === "stalled") return busy("The upload stopped arriving: send it again.");
    const outcome = await sendFrame(checked, body);
    if (!outcome.ok) return refusalResponse(outcome);
    const answer: FrameAnswer = { frame: outcome.frame };
    return Response.json(answer, { status: 201 });
  } finally {
    upload.release();
  }
}
