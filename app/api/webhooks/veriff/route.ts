// POST /api/webhooks/veriff
import { readCappedBody } from "@/lib/http/read-capped-body";
import { refusalResponse } from "@/lib/http/refusal-response";
import { route } from "@/lib/http/route";
import { JSON_BODY_LIMITS } from "@/lib/limits";
import { countVeriffWebhook } from "@/lib/metrics/metrics";
import { refusal } from "@/lib/refusal";
import { receiveVeriffWebhook, refuseUnsignedWebhook } from "@/lib/webhooks/receive-veriff-webhook";

export const dynamic = "force-dynamic";

export const POST = route("webhooks.veriff", async (request) => {
  // The key and the signature's shape first: a body is read only from something that claims to be Veriff.
  const unsigned = refuseUnsignedWebhook(request.headers);
  if (unsigned) return refusalResponse(unsigned);
  const body = await readCappedBody(request, JSON_BODY_LIMITS.webhook);
  if (body === "too_large") {
    countVeriffWebhook("payload_too_large");
    return refusalResponse(refusal("payload_too_large", "Webhook bodies are limited to 2 MB."));
  }
  const outcome = await receiveVeriffWebhook(body, request.headers);
  if (!outcome.ok) return refusalResponse(outcome);
  return Response.json({ received: true, result: outcome.result });
});
