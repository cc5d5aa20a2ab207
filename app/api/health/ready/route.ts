// GET /api/health/ready: 200 when this instance can serve (database reachable, migrations applied), else 503;
// 503 at once, checking nothing, once it is shutting down (SIGTERM), so that a load balancer drains it.
import { checkReadiness } from "@/lib/health/check-readiness";
import { isDraining } from "@/lib/shutdown/shutdown-state";

export const dynamic = "force-dynamic";

// Not wrapped in route(): probes every few seconds would fill the logs and the request metrics.
export async function GET() {
  if (isDraining()) {
    return Response.json(
      { status: "not_ready", shuttingDown: true },
      { status: 503, headers: { "cache-control": "no-store", connection: "close" } },
    );
  }
  const readiness = await checkReadiness();
  return Response.json(
    {
      status: readiness.ready ? "ready" : "not_ready",
      checks: { database: readiness.database, veriff: readiness.veriff },
    },
    { status: readiness.ready ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
