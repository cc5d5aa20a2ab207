// POST /api/capture/{token}/submit
import { submitCapture } from "@/lib/capture/submit-capture";
import type { SubmitAnswer } from "@/lib/contracts/capture-api";
import { refusalResponse } from "@/lib/http/refusal-response";
import { captureRoute } from "@/lib/http/capture-route";

export const dynamic = "force-dynamic";

export const POST = captureRoute("capture.submit", async (_request, { token }) => {
  const outcome = await submitCapture(token);
  if (!outcome.ok) return refusalResponse(outcome);
  // 202 while another request's submit is still on its way to Veriff.
  const answer: SubmitAnswer = { status: outcome.status };
  return Response.json(answer, { status: outcome.status === "submitted" ? 200 : 202 });
});
