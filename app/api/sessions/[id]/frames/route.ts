// POST /api/sessions/{id}/frames?context=document-front[&frame=<uuid>] (integrators; binary body, Content-Type of the image)
import { checkIntegratorFrame } from "@/lib/capture/check-frame";
import { integratorFrameQuery } from "@/lib/contracts/integrator-api";
import { INVALID_API_KEY, isIntegrator } from "@/lib/http/authenticate-integrator";
import { receiveFrame } from "@/lib/http/receive-frame";
import { refusalResponse } from "@/lib/http/refusal-response";
import { route } from "@/lib/http/route";
import { refusal } from "@/lib/refusal";

export const dynamic = "force-dynamic";

export const POST = route("sessions.frames", async (request, { params }: { params: Promise<{ id: string }> }) => {
  if (!isIntegrator(request)) return refusalResponse(INVALID_API_KEY);
  const search = new URL(request.url).searchParams;
  const query = integratorFrameQuery.safeParse({ context: search.get("context"), frame: search.get("frame") });
  if (!query.success) return refusalResponse(refusal("invalid_request", "frame is a UUID or absent."));
  const { context, frame } = query.data;
  const checked = await checkIntegratorFrame((await params).id, {
    context,
    declaredType: request.headers.get("content-type"),
    frameId: frame,
  });
  if (!checked.ok) return refusalResponse(checked);
  return receiveFrame(request, checked.frame);
});
