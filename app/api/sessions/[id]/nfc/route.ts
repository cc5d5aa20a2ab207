// POST /api/sessions/{id}/nfc (integrators): {"com","sod","dg1","dg2"} as base64
import { isIntegrator } from "@/lib/http/authenticate-integrator";
import { errorResponse, route } from "@/lib/http/route";
import { uploadNfc } from "@/lib/sessions/upload-nfc";

export const dynamic = "force-dynamic";

export const POST = route("sessions.nfc", async (request, { params }: { params: Promise<{ id: string }> }) => {
  if (!isIntegrator(request))
    return errorResponse(401, "invalid_api_key", "Send one of the app's API keys as Authorization: Bearer <key>.");
  const { id } = await params;
  const outcome = await uploadNfc(id, await request.json().catch(() => undefined));
  if (!outcome.ok) {
    return errorResponse(
      outcome.status,
      outcome.code,
      outcome.message,
      outcome.veriffCode === undefined ? undefined : { veriffCode: outcome.veriffCode },
    );
  }
  return Response.json({ upload: outcome.upload }, { status: 201 });
});
