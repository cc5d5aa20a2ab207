// GET /api/sessions/{id} (integrators): where the session stands, its decision and what Veriff holds of it.
import type { SessionStatusAnswer } from "@/lib/contracts/integrator-api";
import { integratorRoute } from "@/lib/http/integrator-route";
import { refusalResponse } from "@/lib/http/refusal-response";
import { readSessionStatus } from "@/lib/sessions/read-session-status";

export const dynamic = "force-dynamic";

export const GET = integratorRoute("sessions.read", async (_request, { id }: { id: string }) => {
  const found = await readSessionStatus(id);
  if (!found.ok) return refusalResponse(found);
  const answer: SessionStatusAnswer = found.session;
  return Response.json(answer);
});
