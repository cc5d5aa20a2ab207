// POST /api/sessions/{id}/frames?context=document-front[&frame=<uuid>] (integrators; binary body, Content-Type of the image)
import { acceptIntegratorFrame } from "@/lib/capture/accept-frame";
import { parseFrameId } from "@/lib/capture/parse-frame-id";
import { MAX_PDF_BYTES } from "@/lib/media/upload-limits";
import { isIntegrator } from "@/lib/http/authenticate-integrator";
import { readCappedBody } from "@/lib/http/read-capped-body";
import { errorResponse, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const POST = route("sessions.frames", async (request, { params }: { params: Promise<{ id: string }> }) => {
  if (!isIntegrator(request))
    return errorResponse(401, "invalid_api_key", "Send one of the app's API keys as Authorization: Bearer <key>.");
  const { id } = await params;
  const body = await readCappedBody(request, MAX_PDF_BYTES);
  if (body === "too_large") return errorResponse(413, "file_too_large", "The file is larger than 20 MB.");
  const query = new URL(request.url).searchParams;
  // The integrator's own id for the frame: with it, a retry whose answer was lost is never sent to Veriff twice.
  const frameId = parseFrameId(query.get("frame"));
  if (frameId === "invalid") return errorResponse(400, "invalid_request", "frame is a UUID or absent.");
  const outcome = await acceptIntegratorFrame(
    id,
    query.get("context"),
    request.headers.get("content-type"),
    body,
    frameId,
  );
  if (!outcome.ok) return errorResponse(outcome.status, outcome.code, outcome.message, outcome.details);
  return Response.json({ frame: outcome.frame }, { status: 201 });
});
