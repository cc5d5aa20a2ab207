// POST /api/sessions (integrators): creates a verification and returns its capture link.
import { newSessionRequest, type CreatedSessionAnswer } from "@/lib/contracts/integrator-api";
import { integratorRoute } from "@/lib/http/integrator-route";
import { readJsonBody } from "@/lib/http/read-capped-body";
import { refusalResponse } from "@/lib/http/refusal-response";
import { JSON_BODY_LIMITS } from "@/lib/limits";
import { refusal } from "@/lib/refusal";
import { createSession, creationRefusal } from "@/lib/sessions/create-session";

export const dynamic = "force-dynamic";

export const POST = integratorRoute("sessions.create", async (request) => {
  const body = await readJsonBody(request, JSON_BODY_LIMITS.newSession);
  if (!body.ok) return refusalResponse(body);
  const parsed = newSessionRequest.safeParse(body.json);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join(".") || "(body)");
    return refusalResponse(refusal("invalid_request", "The request body does not describe a session.", { fields }));
  }
  try {
    const session = await createSession(parsed.data, "integrator");
    const answer: CreatedSessionAnswer = { ...session, expiresAt: session.expiresAt.toISOString() };
    return Response.json(answer, { status: 201 });
  } catch (error) {
    const refused = creationRefusal(error);
    if (!refused) throw error;
    return refusalResponse(refused);
  }
});
