// GET /api/metrics (Prometheus; Authorization: Bearer <METRICS_TOKEN>)
import { operatorAccess } from "@/lib/http/operator-token";
import { refusalResponse } from "@/lib/http/refusal-response";
import { route } from "@/lib/http/route";
import { renderMetrics } from "@/lib/metrics/render-metrics";
import { refusal } from "@/lib/refusal";

export const dynamic = "force-dynamic";

export const GET = route("metrics", async (request) => {
  const access = operatorAccess(request);
  // Unset METRICS_TOKEN: the endpoint does not exist, as far as anyone can tell.
  if (access === "off") return refusalResponse(refusal("not_found", "Not found."));
  if (access === "denied") {
    return refusalResponse(refusal("invalid_metrics_token", "Send METRICS_TOKEN as Authorization: Bearer <token>."), {
      headers: { "www-authenticate": 'Bearer realm="metrics"' },
    });
  }
  const { body, contentType } = await renderMetrics();
  return new Response(body, { headers: { "content-type": contentType, "cache-control": "no-store" } });
});
