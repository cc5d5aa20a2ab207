// POST /api/webhooks/veriff
import { readCappedBody } from "@/lib/http/read-capped-body";
import { refusalResponse } from "@/lib/http/refusal-response";
import { route } from "@/lib/http/route";
import { refusal } from "@/lib/refusal";
import { receiveVeriffWebhook } from "@/lib/webhooks/receive-veriff-webhook";

export const dynamic = "force-dynamic";

// Veriff's largest webhooks (watchlist hits) are a few hundred KB.
const MAX_BODY_BYTES = 2 * 1024 * 1024;

export const POST = route("webhooks.veriff", async (request) => {
  const body = await readCappedBody(request, MAX_BODY_BYTES);
  if (body === "too_large") return refusalResponse(refusal("payload_too_large", "Webhook bodies are limited to 2 MB."));
  const outcome = await receiveVeriffWebhook(body, request.headers);
  if (!outcome.ok) return refusalResponse(outcome);
  return Response.json({ received: true, result: outcome.result });
});
