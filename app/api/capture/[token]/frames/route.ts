// POST /api/capture/{token}/frames?context=document-front-pre&frame=<uuid>[&source=file][&sides=both] (binary body, Content-Type of the file)
import { acceptFrame } from "@/lib/capture/accept-frame";
import { parseFrameId } from "@/lib/capture/parse-frame-id";
import { MAX_PDF_BYTES } from "@/lib/media/upload-limits";
import type { CaptureErrorCode } from "@/lib/capture/error-codes";
import { readCappedBody } from "@/lib/http/read-capped-body";
import { errorResponse, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const POST = route("capture.frames", async (request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params;
  const body = await readCappedBody(request, MAX_PDF_BYTES);
  if (body === "too_large")
    return errorResponse(413, "file_too_large" satisfies CaptureErrorCode, "The file is larger than 20 MB.");
  const query = new URL(request.url).searchParams;
  const source = query.get("source") ?? "camera";
  if (source !== "camera" && source !== "file")
    return errorResponse(
      400,
      "invalid_source" satisfies CaptureErrorCode,
      "A photo comes from the camera or from a file.",
    );
  const sides = query.get("sides");
  if (sides !== null && sides !== "both")
    return errorResponse(400, "invalid_request" satisfies CaptureErrorCode, "sides is `both` or absent.");
  const frameId = parseFrameId(query.get("frame"));
  if (frameId === "invalid")
    return errorResponse(400, "invalid_request" satisfies CaptureErrorCode, "frame is a UUID or absent.");
  const outcome = await acceptFrame(token, query.get("context"), request.headers.get("content-type"), body, {
    source,
    bothSides: sides === "both",
    frameId,
  });
  if (!outcome.ok) return errorResponse(outcome.status, outcome.code, outcome.message, outcome.details);
  return Response.json({ frame: outcome.frame }, { status: 201 });
});
