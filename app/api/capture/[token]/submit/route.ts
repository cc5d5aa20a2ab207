// POST /api/capture/{token}/submit
import { submitCapture } from "@/lib/capture/submit-capture";
import { errorResponse, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const POST = route("capture.submit", async (_request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params;
  const outcome = await submitCapture(token);
  // 202 while another request's submit is still on its way to Veriff.
  if (outcome.ok)
    return Response.json({ status: outcome.status }, { status: outcome.status === "submitted" ? 200 : 202 });
  return errorResponse(
    outcome.status,
    outcome.code,
    outcome.message,
    outcome.missing ? { missing: outcome.missing } : undefined,
  );
});
