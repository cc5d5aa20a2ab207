// GET /api/health
import { checkHealth } from "@/lib/health/check-health";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route("health", async () => {
  const report = await checkHealth();
  // 200 whenever the database is usable, so a load balancer keeps an instance
  // that can still serve status pages while Veriff is unreachable.
  return Response.json(report, {
    status: report.status === "unavailable" ? 503 : 200,
    headers: { "cache-control": "no-store" },
  });
});
