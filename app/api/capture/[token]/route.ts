// GET /api/capture/{token}: the capture's state (resume after a reload, status page polling)
import { captureState } from "@/lib/capture/capture-state";
import { errorResponse, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route("capture.state", async (_request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params;
  const lookup = await captureState(token);
  if (!lookup.ok) return errorResponse(lookup.status, lookup.code, lookup.message);
  return Response.json(lookup.state, { headers: { "cache-control": "no-store" } });
});
