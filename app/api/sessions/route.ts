// POST /api/sessions (integrators): creates a verification and returns its capture link.
import { isIntegrator } from "@/lib/http/authenticate-integrator";
import { errorResponse, route } from "@/lib/http/route";
import { CheckNotEnabledError, createSession, newSessionRequest } from "@/lib/sessions/create-session";
import { veriffErrorResponse } from "@/lib/http/veriff-error-response";
import { VeriffError } from "@/lib/veriff/errors";

export const dynamic = "force-dynamic";

export const POST = route("sessions.create", async (request) => {
  if (!isIntegrator(request))
    return errorResponse(401, "invalid_api_key", "Send one of the app's API keys as Authorization: Bearer <key>.");
  const parsed = newSessionRequest.safeParse(await request.json().catch(() => undefined));
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join(".") || "(body)");
    return errorResponse(400, "invalid_request", "The request body does not describe a session.", { fields });
  }
  try {
    const session = await createSession(parsed.data, "integrator");
    return Response.json(session, { status: 201 });
  } catch (error) {
    if (error instanceof VeriffError) return veriffErrorResponse(error);
    if (error instanceof CheckNotEnabledError) {
      return errorResponse(
        400,
        "proof_of_address_not_enabled",
        "The Veriff integration is not set up for this kind of session.",
        { enabled: error.enabled },
      );
    }
    throw error;
  }
});
