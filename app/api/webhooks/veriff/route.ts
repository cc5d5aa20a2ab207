// POST /api/webhooks/veriff
import { errorResponse, route } from "@/lib/http/route";
import { readCappedBody } from "@/lib/http/read-capped-body";
import { receiveVeriffWebhook } from "@/lib/webhooks/receive-veriff-webhook";

export const dynamic = "force-dynamic";

// Veriff's largest webhooks (watchlist hits) are a few hundred KB.
const MAX_BODY_BYTES = 2 * 1024 * 1024;

export const POST = route("webhooks.veriff", async (request) => {
  const body = await readCappedBody(request, MAX_BODY_BYTES);
  if (body === "too_large") return errorResponse(413, "payload_too_large", "Webhook bodies are limited to 2 MB.");
  const outcome = await receiveVeriffWebhook(body, request.headers);
  if (outcome.status === 503)
    return errorResponse(503, outcome.code, "Stored, but not applied yet: please send it again later.");
  if (outcome.status === 401)
    return errorResponse(401, outcome.code, "The webhook's signature or API key does not verify.");
  return Response.json({ received: true, result: outcome.result });
});
