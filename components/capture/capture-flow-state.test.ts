import { describe, expect, it } from "vitest";
import type { BaseContext } from "@/lib/capture/required-frames";
import {
  captureFlow,
  initialFlowState,
  mayNeedPrimer,
  type FlowAction,
  type FlowState,
  type Held,
  type TowardsCapture,
} from "./capture-flow-state";

const ID_CARD = ["document-front", "document-back", "face"] as const;
const missing = (...contexts: BaseContext[]) => contexts.map((context) => ({ context, needed: 2, acknowledged: 0 }));

function flow(change: Partial<FlowState> = {}): FlowState {
  const initial = { status: "created", missing: missing(...ID_CARD), consented: true } as const;
  return { ...initialFlowState({ bases: ID_CARD, initial }), ...change };
}

/** Applies the actions in turn. */
const after = (state: FlowState, ...actions: FlowAction[]) => actions.reduce(captureFlow, state);

const pdf: Held = {
  base: "document-front",
  source: "file",
  previewUrl: null,
  placeholder: "pdf",
  blob: new Blob(["%PDF-"]),
  ask: "both_sides",
};

describe("the capture flow's state", () => {
  it("opens on the intro at the first side the server still needs, or on the status once the check is closed", () => {
    const resumed = initialFlowState({
      bases: ID_CARD,
      initial: { status: "started", missing: missing("face", "document-back"), consented: false },
    });
    expect(resumed).toMatchObject({ phase: "intro", stepIndex: 1, consented: false, cameraMode: "camera", held: null });
    expect(
      initialFlowState({ bases: ID_CARD, initial: { status: "submitted", missing: [], consented: true } }),
    ).toMatchObject({ phase: "status", stepIndex: 0, consented: true });
    expect(captureFlow(resumed, { type: "consented" }).consented).toBe(true);
  });

  describe("start", () => {
    it("goes to the review when every side is done already", () => {
      const start: TowardsCapture = { type: "start", allDone: true, problem: null };
      expect(mayNeedPrimer(flow(), start)).toBe(false);
      expect(captureFlow(flow(), start).phase).toBe("review");
    });

    it("waits for the browser's word on the camera, then shows the primer, or the capture step when it is allowed", () => {
      const start: TowardsCapture = { type: "start", allDone: false, problem: null };
      expect(mayNeedPrimer(flow(), start)).toBe(true);
      const asking = captureFlow(flow(), start);
      expect(asking.phase).toBe("intro");
      expect(captureFlow(asking, { type: "camera-permission", granted: false }).phase).toBe("primer");
      expect(captureFlow(asking, { type: "camera-permission", granted: true }).phase).toBe("capture");
    });

    it("goes straight to the capture step when the camera cannot be used, files were chosen, or it was allowed here", () => {
      const start = (problem: FlowState["cameraError"]): TowardsCapture => ({ type: "start", allDone: false, problem });
      const unavailable = captureFlow(flow(), start("camera_insecure_context"));
      expect(unavailable).toMatchObject({ phase: "capture", cameraError: "camera_insecure_context" });
      expect(mayNeedPrimer(flow(), start("camera_insecure_context"))).toBe(false);
      for (const earlier of [flow({ cameraMode: "files" }), flow({ cameraAllowed: true })]) {
        expect(mayNeedPrimer(earlier, start(null))).toBe(false);
        expect(captureFlow(earlier, start(null))).toMatchObject({ phase: "capture", cameraError: null });
      }
    });
  });

  it("takes the primer's answer: allowed, the primer is not shown again; refused, the capture step shows the problem", () => {
    const allowed = after(flow({ phase: "primer" }), { type: "primer-answered", problem: null });
    expect(allowed).toMatchObject({ phase: "capture", cameraAllowed: true, cameraError: null });
    const begin: TowardsCapture = { type: "begin", mode: "camera", problem: null };
    expect(mayNeedPrimer(allowed, begin)).toBe(false);
    const denied = captureFlow(flow({ phase: "primer" }), { type: "primer-answered", problem: "camera_denied" });
    expect(denied).toMatchObject({ phase: "capture", cameraAllowed: false, cameraError: "camera_denied" });
  });

  it("switches to files without the primer, and back to the camera through it", () => {
    const files = captureFlow(flow({ phase: "primer" }), { type: "begin", mode: "files", problem: null });
    expect(files).toMatchObject({ phase: "capture", cameraMode: "files" });
    const begin: TowardsCapture = { type: "begin", mode: "camera", problem: null };
    expect(mayNeedPrimer(files, begin)).toBe(true);
    const camera = captureFlow(files, begin);
    expect(camera).toMatchObject({ phase: "capture", cameraMode: "camera" });
    expect(captureFlow(camera, { type: "camera-permission", granted: false }).phase).toBe("primer");
  });

  it("records the camera's problem and clears it when the camera is restarted", () => {
    const failed = captureFlow(flow({ phase: "capture" }), { type: "camera-problem", problem: "camera_in_use" });
    expect(failed.cameraError).toBe("camera_in_use");
    expect(captureFlow(failed, { type: "camera-problem", problem: null }).cameraError).toBeNull();
  });

  it("holds a photo back until it is sent or dropped", () => {
    const holding = captureFlow(flow({ phase: "capture" }), { type: "hold", held: pdf });
    expect(holding.held).toBe(pdf);
    expect(captureFlow(holding, { type: "held-done" })).toMatchObject({ phase: "capture", held: null, stepIndex: 0 });
  });

  describe("next step", () => {
    const onFront = flow({ phase: "capture", stepIndex: 0, sendError: "Sending failed.", held: pdf });

    it("goes to the next side still missing, skipping a back the front's PDF holds", () => {
      expect(captureFlow(onFront, { type: "next-step", missing: ["document-back", "face"] })).toMatchObject({
        stepIndex: 1,
        phase: "capture",
        held: null,
        sendError: null,
      });
      expect(captureFlow(onFront, { type: "next-step", missing: ["face"] }).stepIndex).toBe(2);
    });

    it("goes to the review after the last side, or when nothing after this one is missing", () => {
      const onFace = flow({ phase: "capture", stepIndex: 2 });
      expect(captureFlow(onFace, { type: "next-step", missing: [] })).toMatchObject({ phase: "review", stepIndex: 2 });
      // A side before this one still missing is for the review to show, not a step back.
      expect(captureFlow(onFace, { type: "next-step", missing: ["document-front"] }).phase).toBe("review");
    });
  });

  it("retakes a side from the review: back to its step, with no error and nothing held", () => {
    const review = flow({ phase: "review", stepIndex: 2, sendError: "Sending failed.", held: pdf });
    expect(captureFlow(review, { type: "retake", base: "document-back" })).toMatchObject({
      phase: "capture",
      stepIndex: 1,
      sendError: null,
      held: null,
    });
  });

  describe("submit", () => {
    const review = flow({ phase: "review", stepIndex: 2, sendError: "Sending failed." });
    const sending = captureFlow(review, { type: "submit" });

    it("shows the review as sending, without the last error, then the status once the server took it", () => {
      expect(sending).toMatchObject({ phase: "sending", sendError: null });
      expect(captureFlow(sending, { type: "submitted" }).phase).toBe("status");
    });

    it("goes back to the first side the server still needs when the capture is incomplete", () => {
      const refused = captureFlow(sending, {
        type: "submit-refused",
        message: "Some photos are missing.",
        code: "capture_incomplete",
        missing: missing("face", "document-back"),
      });
      expect(refused).toMatchObject({ phase: "capture", stepIndex: 1, sendError: "Some photos are missing." });
    });

    it("goes back to the review with the error on any other refusal, or an incomplete one that lists nothing", () => {
      for (const [code, listed] of [
        ["veriff_unavailable", null],
        [null, null],
        ["capture_incomplete", null],
      ] as const) {
        const refused = captureFlow(sending, { type: "submit-refused", message: "No.", code, missing: listed });
        expect(refused).toMatchObject({ phase: "review", stepIndex: 2, sendError: "No." });
      }
    });
  });

  describe("recapture after a resubmission request", () => {
    const status = flow({ phase: "status", stepIndex: 2, held: pdf });

    it("starts over from the first side, through the primer unless the camera is allowed already", () => {
      const recapture: TowardsCapture = { type: "recapture", problem: null };
      expect(mayNeedPrimer(status, recapture)).toBe(true);
      const asking = captureFlow(status, recapture);
      expect(asking).toMatchObject({ phase: "status", stepIndex: 0, held: null });
      expect(captureFlow(asking, { type: "camera-permission", granted: false })).toMatchObject({
        phase: "primer",
        stepIndex: 0,
      });
      expect(captureFlow(asking, { type: "camera-permission", granted: true }).phase).toBe("capture");
    });

    it("keeps the way of capturing chosen before, and goes straight on with files or a camera problem", () => {
      expect(captureFlow({ ...status, cameraMode: "files" }, { type: "recapture", problem: null })).toMatchObject({
        phase: "capture",
        cameraMode: "files",
        stepIndex: 0,
      });
      expect(captureFlow(status, { type: "recapture", problem: "camera_unsupported" })).toMatchObject({
        phase: "capture",
        cameraError: "camera_unsupported",
      });
    });
  });
});
