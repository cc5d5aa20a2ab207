// POST /api/capture/{token}/collected-data: the browser's device data, forwarded to Veriff once
import { findConsentedCapture } from "@/lib/capture/find-capture";
import { sendCollectedData } from "@/lib/capture/send-collected-data";
import { collectedDataRequest, type CollectedDataAnswer } from "@/lib/contracts/capture-api";
import { clientAddress } from "@/lib/http/client-address";
import { readJsonBody } from "@/lib/http/read-capped-body";
import { refusalResponse } from "@/lib/http/refusal-response";
import { captureRoute } from "@/lib/http/capture-route";
import { JSON_BODY_LIMITS } from "@/lib/limits";
import { refusal } from "@/lib/refusal";

export const dynamic = "force-dynamic";

export const POST = captureRoute("capture.collected-data", async (request, { token }) => {
  // The link and the consent first: a body is read only for a capture that may take it.
  const capture = await findConsentedCapture(token);
  if (!capture.ok) return refusalResponse(capture);
  const body = await readJsonBody(request, JSON_BODY_LIMITS.collectedData);
  if (!body.ok) return refusalResponse(body);
  const parsed = collectedDataRequest.safeParse(body.json);
  if (!parsed.success) {
    return refusalResponse(refusal("invalid_request", "Send the device data as JSON with a fingerprint."));
  }
  const outcome = await sendCollectedData(capture.session, parsed.data, clientAddress(request.headers));
  const answer: CollectedDataAnswer = { sent: outcome.sent };
  return Response.json(answer, { status: 202 });
});
