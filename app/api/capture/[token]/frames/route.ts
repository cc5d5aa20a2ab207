// POST /api/capture/{token}/frames?context=document-front-pre&frame=<uuid>[&source=file][&sides=both] (binary body, Content-Type of the file)
import { checkCaptureFrame } from "@/lib/capture/check-frame";
import { frameQuery } from "@/lib/contracts/capture-api";
import { receiveFrame } from "@/lib/http/receive-frame";
import { refusalResponse } from "@/lib/http/refusal-response";
import { captureRoute } from "@/lib/http/capture-route";
import { refusal } from "@/lib/refusal";

export const dynamic = "force-dynamic";

const QUERY_REFUSALS = {
  source: refusal("invalid_source", "A photo comes from the camera or from a file."),
  sides: refusal("invalid_request", "sides is `both` or absent."),
  frame: refusal("invalid_request", "frame is a UUID or absent."),
} as const;

export const POST = captureRoute(
  "capture.frames",
  async (request, { token }) => {
    const search = new URL(request.url).searchParams;
    const query = frameQuery.safeParse({
      context: search.get("context"),
      source: search.get("source") ?? "camera",
      sides: search.get("sides"),
      frame: search.get("frame"),
    });
    if (!query.success) {
      const field = query.error.issues[0]?.path[0];
      const known = typeof field === "string" && field in QUERY_REFUSALS;
      return refusalResponse(
        known ? QUERY_REFUSALS[field as keyof typeof QUERY_REFUSALS] : refusal("invalid_request", "Bad query."),
      );
    }
    // Everything that needs no byte of the body first: a body is read only for a frame that may be taken.
    const { context, source, sides, frame } = query.data;
    const checked = await checkCaptureFrame(token, {
      context,
      declaredType: request.headers.get("content-type"),
      source,
      bothSides: sides === "both",
      frameId: frame,
    });
    if (!checked.ok) return refusalResponse(checked);
    return receiveFrame(request, checked.frame);
  },
  { upload: true },
);
