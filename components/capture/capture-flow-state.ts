// The capture flow's state and how it moves: which screen shows, which side
// is being taken, how (camera or files) and what stands in the camera's way,
// the photo held back for a question, the submit's error, and consent. Pure:
// the hook around it (use-capture-flow.ts) asks the browser and the server,
// runs the uploads, and reports here what came of them.
import type { CameraProblem } from "@/lib/capture/browser/camera-problem";
import { firstMissingStep, nextMissingStep } from "@/lib/capture/browser/missing-sides";
import type { BaseContext } from "@/lib/capture/required-frames";
import type { CaptureState } from "@/lib/contracts/capture-api";
import { isOpenForCapture } from "@/lib/sessions/lifecycle";
import type { Frame } from "./frame-tray";

export type Phase = "intro" | "primer" | "capture" | "review" | "sending" | "status";
/** "files": the end-user chose to upload photos rather than use the camera. */
export type CameraMode = "camera" | "files";

/** A photo or file held back until the end-user says how to send it: a card's front as a PDF (does it hold the back?), or the one proof of address (is it the right one?). */
export interface Held extends Pick<Frame, "base" | "source" | "previewUrl" | "placeholder"> {
  blob: Blob;
  ask: "both_sides" | "address";
  /** A photo taken while a quality hint was showing. */
  hardToRead?: boolean;
}

export interface FlowState {
  /** The sides to capture, in order: `stepIndex` points into them. */
  bases: readonly BaseContext[];
  phase: Phase;
  stepIndex: number;
  cameraError: CameraProblem | null;
  cameraMode: CameraMode;
  /** Once the camera has been allowed on this page, the primer is not shown again. */
  cameraAllowed: boolean;
  sendError: string | null;
  held: Held | null;
  consented: boolean;
}

export type FlowAction =
  | { type: "consented" }
  /** Intro's Start: to the review when every side is done already, else towards the capture step. `problem`: what the page knows stands in the camera's way before asking. */
  | { type: "start"; allDone: boolean; problem: CameraProblem | null }
  /** Towards the capture step, with the camera or with files. */
  | { type: "begin"; mode: CameraMode; problem: CameraProblem | null }
  /** A new attempt after a resubmission request: from the first side, towards the capture step. */
  | { type: "recapture"; problem: CameraProblem | null }
  /** The browser's answer to "is the camera allowed already?", asked when `mayNeedPrimer`: the capture step, or the primer first. */
  | { type: "camera-permission"; granted: boolean }
  | { type: "primer-answered"; problem: CameraProblem | null }
  /** The camera failed (a problem) or the end-user restarts it (null). */
  | { type: "camera-problem"; problem: CameraProblem | null }
  | { type: "hold"; held: Held }
  /** What was held back is sent, or let go of. */
  | { type: "held-done" }
  /** `missing`: the sides not done yet, as the page counts them. */
  | { type: "next-step"; missing: readonly BaseContext[] }
  | { type: "retake"; base: BaseContext }
  | { type: "submit" }
  | { type: "submitted" }
  /** `message`: the refusal in the page's words; `missing`: the sides the server still needs, when it says. */
  | { type: "submit-refused"; message: string; code: string | null; missing: readonly { context: string }[] | null };

/** The moves towards the capture step, which may pass through the camera primer. */
export type TowardsCapture = Extract<FlowAction, { type: "start" | "begin" | "recapture" }>;

export function initialFlowState({
  bases,
  initial,
}: {
  bases: readonly BaseContext[];
  initial: Pick<CaptureState, "status" | "missing" | "consented">;
}): FlowState {
  return {
    bases,
    phase: isOpenForCapture(initial.status) ? "intro" : "status",
    stepIndex: firstMissingStep(bases, initial.missing),
    cameraError: null,
    cameraMode: "camera",
    cameraAllowed: false,
    sendError: null,
    held: null,
    consented: initial.consented,
  };
}

/**
 * Whether this move towards the capture step may need the camera primer
 * first: the camera is to be used, nothing is known to stand in its way, and
 * it has not been allowed on this page. Then the phase stays until the
 * browser says whether the camera is allowed already (`camera-permission`).
 */
export function mayNeedPrimer(state: FlowState, action: TowardsCapture): boolean {
  if (action.type === "start" && action.allDone) return false;
  const mode = action.type === "begin" ? action.mode : state.cameraMode;
  return mode === "camera" && action.problem === null && !state.cameraAllowed;
}

export function captureFlow(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case "consented":
      return { ...state, consented: true };
    case "start":
      if (action.allDone) return { ...state, phase: "review" };
      return towardsCapture(state, action);
    case "begin":
      return towardsCapture(state, action);
    case "recapture":
      return towardsCapture({ ...state, held: null, stepIndex: 0 }, action);
    case "camera-permission":
      return { ...state, phase: action.granted ? "capture" : "primer" };
    case "primer-answered":
      return { ...state, cameraAllowed: !action.problem, cameraError: action.problem, phase: "capture" };
    case "camera-problem":
      return { ...state, cameraError: action.problem };
    case "hold":
      return { ...state, held: action.held };
    case "held-done":
      return { ...state, held: null };
    case "next-step": {
      // A PDF of the front that holds the back finishes the back too: the next side is the next one missing.
      const next = nextMissingStep(state.bases, state.stepIndex, action.missing);
      const moved = next >= 0 ? { stepIndex: next } : { phase: "review" as const };
      return { ...state, sendError: null, held: null, ...moved };
    }
    case "retake":
      return {
        ...state,
        sendError: null,
        held: null,
        stepIndex: state.bases.indexOf(action.base),
        phase: "capture",
      };
    case "submit":
      return { ...state, phase: "sending", sendError: null };
    case "submitted":
      return { ...state, phase: "status" };
    case "submit-refused":
      // The server counts what Veriff acknowledged: show the first side it still needs.
      if (action.code === "capture_incomplete" && action.missing) {
        const stepIndex = firstMissingStep(state.bases, action.missing);
        return { ...state, sendError: action.message, stepIndex, phase: "capture" };
      }
      return { ...state, sendError: action.message, phase: "review" };
  }
}

/** To the capture step at once, unless the primer may be needed: then the phase waits for `camera-permission`. */
function towardsCapture(state: FlowState, action: TowardsCapture): FlowState {
  const mode = action.type === "begin" ? action.mode : state.cameraMode;
  const moved = { ...state, cameraMode: mode, cameraError: action.problem };
  return mayNeedPrimer(state, action) ? moved : { ...moved, phase: "capture" };
}
