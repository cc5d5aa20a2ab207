// POST /api/sessions/{id}/nfc (integrators): {"com","sod","dg1","dg2"} as base64
import type { NfcAnswer } from "@/lib/contracts/integrator-api";
import { INVALID_API_KEY, isIntegrator } from "@/lib/http/authenticate-integrator";
import { refusalResponse } from "@/lib/http/refusal-response";
import { route } from "@/lib/http/route";
import { uploadNfc } from "@/lib/sessions/upload-nfc";

export const dynamic = "force-dynamic";

export const POST = route("sessions.nfc", async (request, { params }: { params: Promise<{ id: string }> }) => {
  if (!isIntegrator(request)) return refusalResponse(INVALID_API_KEY);
  const outcome = await uploadNfc((await params).id, await request.json().catch(() => undefined));
  if (!outcome.ok) return refusalResponse(outcome);
  const answer: NfcAnswer = { upload: outcome.upload };
  return Response.json(answer, { status: 201 });
});
