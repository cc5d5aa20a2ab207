import "server-only";
import type { CheckedFrame } from "@/lib/capture/check-frame";
import { sendFrame } from "@/lib/capture/send-frame";
import type { FrameAnswer } from "@/lib/contracts/capture-api";
import { refusal } from "@/lib/refusal";
import { readCappedBody } from "./read-capped-body";
import { refusalResponse } from "./refusal-response";
import { declaredBodyBytes, reserveUploadBytes } from "./upload-budget";

/** How long a client turned away for a full upload budget waits: uploads to Veriff take a second or two. */
const BUSY_RETRY_AFTER_SECONDS = 2;

/**
 * The body of a frame that passed its checks, read within its type's limit
 * and this process's upload budget, then sent to Veriff: both frame routes
 * answer through here (201 with the frame, or the refusal).
 */
export async function receiveFrame(request: Request, checked: CheckedFrame): Promise<Response> {
  const release = reserveUploadBytes(declaredBodyBytes(request, checked.maxBytes));
  if (!release) {
    return refusalResponse(refusal("server_busy", "Too many uploads at once: send it again in a moment."), {
      headers: { "retry-after": String(BUSY_RETRY_AFTER_SECONDS) },
    });
  }
  try {
    const body = await readCappedBody(request, checked.maxBytes);
    if (body === "too_large") {
      return refusalResponse(refusal("file_too_large", `The file is larger than ${checked.maxBytes} bytes.`));
    }
    const outcome = await sendFrame(checked, body);
    if (!outcome.ok) return refusalResponse(outcome);
    const answer: FrameAnswer = { frame: outcome.frame };
    return Response.json(answer, { status: 201 });
  } finally {
    release();
  }
}
