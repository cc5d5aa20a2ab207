// POST /api/capture/{token}/collected-data: the browser's device data, forwarded to Veriff once
import { clientIp, sendCollectedData } from "@/lib/capture/send-collected-data";
import { collectedDataRequest, type CollectedDataAnswer } from "@/lib/contracts/capture-api";
import { refusalResponse } from "@/lib/http/refusal-response";
import { route } from "@/lib/http/route";
import { refusal } from "@/lib/refusal";

export const dynamic = "force-dynamic";

export const POST = route(
  "capture.collected-data",
  async (request, { params }: { params: Promise<{ token: string }> }) => {
    const { token } = await params;
    const parsed = collectedDataRequest.safeParse(await request.json().catch(() => undefined));
    if (!parsed.success) {
      return refusalResponse(refusal("invalid_request", "Send the device data as JSON with a fingerprint."));
    }
    const outcome = await sendCollectedData(token, parsed.data, clientIp(request.headers));
    if (!outcome.ok) return refusalResponse(outcome);
    const answer: CollectedDataAnswer = { sent: outcome.sent };
    return Response.json(answer, { status: 202 });
  },
);
