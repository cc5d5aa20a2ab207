// POST /api/sessions/{id}/nfc (integrators): {"com","sod","dg1","dg2"} as base64
import type { NfcAnswer } from "@/lib/contracts/integrator-api";
import { INVALID_API_KEY, isIntegrator } from "@/lib/http/authenticate-integrator";
import { readJsonBody } from "@/lib/http/read-capped-body";
import { refusalResponse } from "@/lib/http/refusal-response";
import { route } from "@/lib/http/route";
import { JSON_BODY_LIMITS } from "@/lib/limits";
import { findOpenSession } from "@/lib/sessions/find-session";
import { uploadNfc } from "@/lib/sessions/upload-nfc";

export const dynamic = "force-dynamic";

export const POST = route("sessions.nfc", async (request, { params }: { params: Promise<{ id: string }> }) => {
  if (!isIntegrator(request)) return refusalResponse(INVALID_API_KEY);
  const open = await findOpenSession((await params).id);
  if (!open.ok) return refusalResponse(open);
  const body = await readJsonBody(request, JSON_BODY_LIMITS.nfc);
  if (!body.ok) return refusalResponse(body);
  const outcome = await uploadNfc(open.session, body.json);
  if (!outcome.ok) return refusalResponse(outcome);
  const answer: NfcAnswer = { upload: outcome.upload };
  return Response.json(answer, { status: 201 });
});
