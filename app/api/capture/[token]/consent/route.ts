// POST /api/capture/{token}/consent {"locale":"en"}: the end-user agreed to the processing on the capture link's first screen
import { findCapture } from "@/lib/capture/find-capture";
import { recordConsentFor } from "@/lib/capture/record-consent";
import { consentRequest, type ConsentAnswer } from "@/lib/contracts/capture-api";
import { readJsonBody } from "@/lib/http/read-capped-body";
import { refusalResponse } from "@/lib/http/refusal-response";
import { captureRoute } from "@/lib/http/capture-route";
import { consentWording, copyFor } from "@/lib/i18n/locale";
import { JSON_BODY_LIMITS } from "@/lib/limits";
import { refusal } from "@/lib/refusal";

export const dynamic = "force-dynamic";

export const POST = captureRoute("capture.consent", async (request, { token }) => {
  // The link first: a body is read only for a capture that may take it.
  const capture = await findCapture(token);
  if (!capture.ok) return refusalResponse(capture);
  const body = await readJsonBody(request, JSON_BODY_LIMITS.consent);
  if (!body.ok) return refusalResponse(body);
  const parsed = consentRequest.safeParse(body.json);
  if (!parsed.success) {
    return refusalResponse(refusal("invalid_request", 'Send the page\'s language as JSON: {"locale":"en"}.'));
  }
  const { locale } = parsed.data;
  const outcome = await recordConsentFor(capture.session, locale, (check) => consentWording(copyFor(locale), check));
  const answer: ConsentAnswer = { consentedAt: outcome.consentedAt.toISOString() };
  return Response.json(answer);
});
