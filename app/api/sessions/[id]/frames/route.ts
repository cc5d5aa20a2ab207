// POST /api/sessions/{id}/frames?context=document-front[&frame=<uuid>] (integrators; binary body, Content-Type of the image)
import { acceptIntegratorFrame } from "@/lib/capture/accept-frame";
import { integratorFrameQuery, type IntegratorFrameAnswer } from "@/lib/contracts/integrator-api";
import { INVALID_API_KEY, isIntegrator } from "@/lib/http/authenticate-integrator";
import { readCappedBody } from "@/lib/http/read-capped-body";
import { refusalResponse } from "@/lib/http/refusal-response";
import { route } from "@/lib/http/route";
import { MAX_PDF_BYTES } from "@/lib/media/upload-limits";
import { refusal } from "@/lib/refusal";

export const dynamic = "force-dynamic";

export const POST = route("sessions.frames", async (request, { params }: { params: Promise<{ id: string }> }) => {
  if (!isIntegrator(request)) return refusalResponse(INVALID_API_KEY);
  const { id } = await params;
  const body = await readCappedBody(request, MAX_PDF_BYTES);
  if (body === "too_large") return refusalResponse(refusal("file_too_large", "The file is larger than 20 MB."));
  const search = new URL(request.url).searchParams;
  const query = integratorFrameQuery.safeParse({ context: search.get("context"), frame: search.get("frame") });
  if (!query.success) return refusalResponse(refusal("invalid_request", "frame is a UUID or absent."));
  const { context, frame } = query.data;
  const outcome = await acceptIntegratorFrame(id, context, request.headers.get("content-type"), body, frame);
  if (!outcome.ok) return refusalResponse(outcome);
  const answer: IntegratorFrameAnswer = { frame: outcome.frame };
  return Response.json(answer, { status: 201 });
});
