// POST /api/sessions/{id}/nfc (integrators): {"com","sod","dg1","dg2"} as base64
import type { NfcAnswer } from "@/lib/contracts/integrator-api";
import { integratorRoute } from "@/lib/http/integrator-route";
import { readJsonBody } from "@/lib/http/read-capped-body";
import { refusalResponse } from "@/lib/http/refusal-response";
import { JSON_BODY_LIMITS } from "@/lib/limits";
import { findOpenSession } from "@/lib/sessions/find-session";
import { uploadNfc } from "@/lib/sessions/upload-nfc";

export const dynamic = "force-dynamic";

export const POST = integratorRoute("sessions.nfc", async (request, { id }: { id: string }) => {
  const open = await findOpenSession(id);
  if (!open.ok) return refusalResponse(open);
  const body = await readJsonBody(request, JSON_BODY_LIMITS.nfc);
  if (!body.ok) return refusalResponse(body);
  const outcome = await uploadNfc(open.session, body.json);
  if (!outcome.ok) return refusalResponse(outcome);
  const answer: NfcAnswer = { upload: outcome.upload };
  return Response.json(answer, { status: 201 });
});
