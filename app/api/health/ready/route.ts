// GET /api/health/ready: 200 when this instance can serve (database reachable, migrations applied), else 503.
import { checkReadiness } from "@/lib/health/check-readiness";

export const dynamic = "force-dynamic";

// Not wrapped in route(): probes every few seconds would fill the logs and the request metrics.
export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(
    {
      status: readiness.ready ? "ready" : "not_ready",
      checks: { database: readiness.database, veriff: readiness.veriff },
    },
    { status: readiness.ready ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
