// POST /api/sessions/{id}/frames?context=document-front[&frame=<uuid>] (integrators; binary body, Content-Type of the image)
import { checkIntegratorFrame } from "@/lib/capture/check-frame";
import { integratorFrameQuery } from "@/lib/contracts/integrator-api";
import { integratorRoute } from "@/lib/http/integrator-route";
import { receiveFrame } from "@/lib/http/receive-frame";
import { refusalResponse } from "@/lib/http/refusal-response";
import { refusal } from "@/lib/refusal";

export const dynamic = "force-dynamic";

export const POST = integratorRoute("sessions.frames", async (request, { id }: { id: string }) => {
  const search = new URL(request.url).searchParams;
  // A missing context is refused as an unknown one is (invalid_context, with the contexts allowed).
  const query = integratorFrameQuery.safeParse({
    context: search.get("context") ?? "",
    frame: search.get("frame") ?? undefined,
  });
  if (!query.success) return refusalResponse(refusal("invalid_request", "frame is a UUID or absent."));
  const { context, frame } = query.data;
  const checked = await checkIntegratorFrame(id, {
    context,
    declaredType: request.headers.get("content-type"),
    frameId: frame ?? null,
  });
  if (!checked.ok) return refusalResponse(checked);
  return receiveFrame(request, checked.frame);
});
