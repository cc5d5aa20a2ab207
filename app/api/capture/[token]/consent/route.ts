// POST /api/capture/{token}/consent {"locale":"en"}: the end-user agreed to the processing on the capture link's first screen
import { recordConsent } from "@/lib/capture/record-consent";
import { consentRequest, type ConsentAnswer } from "@/lib/contracts/capture-api";
import { refusalResponse } from "@/lib/http/refusal-response";
import { route } from "@/lib/http/route";
import { consentWording, copyFor } from "@/lib/i18n/locale";
import { refusal } from "@/lib/refusal";

export const dynamic = "force-dynamic";

export const POST = route("capture.consent", async (request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params;
  const parsed = consentRequest.safeParse(await request.json().catch(() => undefined));
  if (!parsed.success) {
    return refusalResponse(refusal("invalid_request", 'Send the page\'s language as JSON: {"locale":"en"}.'));
  }
  const { locale } = parsed.data;
  const outcome = await recordConsent(token, locale, (check) => consentWording(copyFor(locale), check));
  if (!outcome.ok) return refusalResponse(outcome);
  const answer: ConsentAnswer = { consentedAt: outcome.consentedAt.toISOString() };
  return Response.json(answer);
});
