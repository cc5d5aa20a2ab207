// GET /api/capture/{token}: the capture's state (resume after a reload, status page polling)
import { captureState } from "@/lib/capture/capture-state";
import type { CaptureState } from "@/lib/contracts/capture-api";
import { refusalResponse } from "@/lib/http/refusal-response";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route("capture.state", async (_request, { params }: { params: Promise<{ token: string }> }) => {
  const lookup = await captureState((await params).token);
  if (!lookup.ok) return refusalResponse(lookup);
  return Response.json(lookup.state satisfies CaptureState, { headers: { "cache-control": "no-store" } });
});
