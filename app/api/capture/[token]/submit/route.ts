// POST /api/capture/{token}/submit
import { submitCapture } from "@/lib/capture/submit-capture";
import { errorResponse, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const POST = route("capture.submit", async (_request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params;
  const outcome = await submitCapture(token);
  if (outcome.ok) return Response.json({ status: outcome.status });
  return errorResponse(outcome.status, outcome.code, outcome.message, outcome.missing ? { missing: outcome.missing } : undefined);
});
