// GET /api/capture/{token}: the capture's state (resume after a reload, status page polling)
import { captureState } from "@/lib/capture/capture-state";
import type { CaptureState } from "@/lib/contracts/capture-api";
import { refusalResponse } from "@/lib/http/refusal-response";
import { captureRoute } from "@/lib/http/capture-route";

export const dynamic = "force-dynamic";

export const GET = captureRoute("capture.state", async (_request, { token }) => {
  const lookup = await captureState(token);
  if (!lookup.ok) return refusalResponse(lookup);
  return Response.json(lookup.state satisfies CaptureState, { headers: { "cache-control": "no-store" } });
});
