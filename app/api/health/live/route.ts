// GET /api/health/live: the process is up and serving (no database call: a
// database outage must not make an orchestrator restart every instance).
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "live" }, { headers: { "cache-control": "no-store" } });
}
