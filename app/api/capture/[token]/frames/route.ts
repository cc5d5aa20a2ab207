// POST /api/capture/{token}/frames?context=document-front-pre&frame=<uuid>[&source=file][&sides=both] (binary body, Content-Type of the file)
import { acceptFrame } from "@/lib/capture/accept-frame";
import { frameQuery, type FrameAnswer } from "@/lib/contracts/capture-api";
import { readCappedBody } from "@/lib/http/read-capped-body";
import { refusalResponse } from "@/lib/http/refusal-response";
import { route } from "@/lib/http/route";
import { MAX_PDF_BYTES } from "@/lib/media/upload-limits";
import { refusal } from "@/lib/refusal";

export const dynamic = "force-dynamic";

const QUERY_REFUSALS = {
  source: refusal("invalid_source", "A photo comes from the camera or from a file."),
  sides: refusal("invalid_request", "sides is `both` or absent."),
  frame: refusal("invalid_request", "frame is a UUID or absent."),
} as const;

export const POST = route("capture.frames", async (request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params;
  const body = await readCappedBody(request, MAX_PDF_BYTES);
  if (body === "too_large") return refusalResponse(refusal("file_too_large", "The file is larger than 20 MB."));
  const search = new URL(request.url).searchParams;
  const query = frameQuery.safeParse({
    context: search.get("context"),
    frame: search.get("frame"),
    source: search.get("source") ?? "camera",
    sides: search.get("sides"),
  });
  if (!query.success) {
    const field = query.error.issues[0]?.path[0] as keyof typeof QUERY_REFUSALS;
    return refusalResponse(QUERY_REFUSALS[field]);
  }
  const { context, frame, source, sides } = query.data;
  const outcome = await acceptFrame(token, context, request.headers.get("content-type"), body, {
    source,
    bothSides: sides === "both",
    frameId: frame,
  });
  if (!outcome.ok) return refusalResponse(outcome);
  const answer: FrameAnswer = { frame: outcome.frame };
  return Response.json(answer, { status: 201 });
});
