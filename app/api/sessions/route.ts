// POST /api/sessions (integrators): creates a verification and returns its capture link.
// GET /api/sessions?vendorData=&endUserId=&status=&cursor=&limit= (integrators): sessions, newest first, by pages.
import {
  newSessionRequest,
  sessionListQuery,
  type CreatedSessionAnswer,
  type SessionPageAnswer,
} from "@/lib/contracts/integrator-api";
import { integratorRoute } from "@/lib/http/integrator-route";
import { readJsonBody } from "@/lib/http/read-capped-body";
import { readQuery } from "@/lib/http/read-query";
import { refusalResponse } from "@/lib/http/refusal-response";
import { JSON_BODY_LIMITS } from "@/lib/limits";
import { refusal } from "@/lib/refusal";
import { createSession, creationRefusal } from "@/lib/sessions/create-session";
import { listSessions } from "@/lib/sessions/list-sessions";

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

export const GET = integratorRoute("sessions.list", async (request) => {
  const read = readQuery(request, sessionListQuery);
  if (!read.ok) return refusalResponse(read);
  const listed = await listSessions(read.query);
  if (!listed.ok) return refusalResponse(listed);
  const answer: SessionPageAnswer = listed.page;
  return Response.json(answer);
});
