// POST /api/capture/{token}/consent {"locale":"en"}: the end-user agreed to the processing on the capture link's first screen
import { z } from "zod";
import { consentWording, copyFor, LOCALES } from "@/lib/i18n/locale";
import type { CaptureErrorCode } from "@/lib/capture/error-codes";
import { recordConsent } from "@/lib/capture/record-consent";
import { errorResponse, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const consentRequest = z.object({ locale: z.enum(LOCALES) });

export const POST = route("capture.consent", async (request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params;
  const parsed = consentRequest.safeParse(await request.json().catch(() => undefined));
  if (!parsed.success)
    return errorResponse(
      400,
      "invalid_request" satisfies CaptureErrorCode,
      'Send the page\'s language as JSON: {"locale":"en"}.',
    );
  const { locale } = parsed.data;
  const outcome = await recordConsent(token, locale, (check) => consentWording(copyFor(locale), check));
  if (!outcome.ok) return errorResponse(outcome.status, outcome.code, outcome.message);
  return Response.json({ consentedAt: outcome.consentedAt });
});
