// GET /api/capture/{token}/frames/{frameId}: where a frame the page sent stands (200 acknowledged, 202 on its way, 404 send it again)
import { frameStatus } from "@/lib/capture/frame-status";
import { frameQuery, type FrameStatusAnswer } from "@/lib/contracts/capture-api";
import { refusalResponse } from "@/lib/http/refusal-response";
import { captureRoute } from "@/lib/http/capture-route";

export const dynamic = "force-dynamic";

const frameId = frameQuery.shape.frame.unwrap();

export const GET = captureRoute(
  "capture.frame-status",
  async (_request, { token, frameId: raw }: { token: string; frameId: string }) => {
    const id = frameId.safeParse(raw);
    // No frame has an id that is not a UUID: unknown, as any id never sent.
    if (!id.success) return Response.json({ state: "unknown" } satisfies FrameStatusAnswer, { status: 404 });
    const status = await frameStatus(token, id.data);
    if (!status.ok) return refusalResponse(status);
    const answer: FrameStatusAnswer =
      status.state === "acknowledged" ? { frame: status.frame } : { state: status.state };
    return Response.json(answer, { status: { acknowledged: 200, pending: 202, unknown: 404 }[status.state] });
  },
);
