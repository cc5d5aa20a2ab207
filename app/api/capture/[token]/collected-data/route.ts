// POST /api/capture/{token}/collected-data: the browser's device data, forwarded to Veriff once
import { browserData, sendCollectedData } from "@/lib/capture/send-collected-data";
import type { CaptureErrorCode } from "@/lib/capture/error-codes";
import { clientAddress } from "@/lib/http/client-address";
import { errorResponse, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const POST = route(
  "capture.collected-data",
  async (request, { params }: { params: Promise<{ token: string }> }) => {
    const { token } = await params;
    const parsed = browserData.safeParse(await request.json().catch(() => undefined));
    if (!parsed.success)
      return errorResponse(
        400,
        "invalid_request" satisfies CaptureErrorCode,
        "Send the device data as JSON with a fingerprint.",
      );
    const outcome = await sendCollectedData(token, parsed.data, clientAddress(request.headers));
    if ("error" in outcome) return errorResponse(outcome.error.status, outcome.error.code, outcome.error.message);
    return Response.json(outcome, { status: 202 });
  },
);
