// GET /api/health
import { checkHealth } from "@/lib/health/check-health";
import { operatorAccess } from "@/lib/http/operator-token";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route("health", async (request) => {
  const report = await checkHealth();
  // The version, migration names and latencies help an attacker more than a
  // visitor: only the operator (METRICS_TOKEN as bearer) sees them.
  const body =
    operatorAccess(request) === "granted"
      ? report
      : {
          status: report.status,
          checkedAt: report.checkedAt,
          checks: { database: { ok: report.checks.database.ok }, veriff: { ok: report.checks.veriff.ok } },
        };
  // 200 whenever the database is usable, so a load balancer keeps an instance
  // that can still serve status pages while Veriff is unreachable.
  return Response.json(body, {
    status: report.status === "unavailable" ? 503 : 200,
    headers: { "cache-control": "no-store" },
  });
});
