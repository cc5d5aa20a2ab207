// GET /api/capture/{token}/frames/{frameId}: where a frame the page sent stands (200 acknowledged, 202 on its way, 404 send it again)
import type { CaptureErrorCode } from "@/lib/capture/error-codes";
import { frameStatus } from "@/lib/capture/frame-status";
import { errorResponse, route } from "@/lib/http/route";
import { parseFrameId } from "@/lib/capture/parse-frame-id";

export const dynamic = "force-dynamic";

export const GET = route(
  "capture.frame-status",
  async (_request, { params }: { params: Promise<{ token: string; frameId: string }> }) => {
    const { token, frameId: raw } = await params;
    const frameId = parseFrameId(raw);
    if (frameId === "invalid" || frameId === null)
      return errorResponse(400, "invalid_request" satisfies CaptureErrorCode, "The frame id is a UUID.");
    const status = await frameStatus(token, frameId);
    if (!status.ok) return errorResponse(status.status, status.code, status.message);
    if (status.state === "acknowledged") return Response.json({ frame: status.frame });
    if (status.state === "pending") return Response.json({ state: "pending" }, { status: 202 });
    return Response.json({ state: "unknown" }, { status: 404 });
  },
);
