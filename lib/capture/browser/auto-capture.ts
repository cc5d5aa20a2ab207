// Browser side: when the camera takes the photo by itself. Once the picture
// has been clear (no hint shown) and steady for STEADY_FOR_MS, a countdown
// (3, 2, 1 over COUNTDOWN_MS, announced) ends in the same shot as the
// shutter's. Losing steadiness or a new hint before it ends cancels it, and a
// shot taken ends it for good until the hook is disabled and enabled again
// (a retake). Pure: use-auto-capture.ts feeds it the live inputs and the time.

/**
 * Where the page remembers that the end-user switched auto-capture off ("off")
 * or on ("on"), so the next step, or the page reloaded, does not surprise them.
 * The e2e suite writes it too (e2e/support/test.ts).
 */
export const AUTO_CAPTURE_STORAGE_KEY = "veriff-capture.auto-capture";

/** How long the picture must stay clear and steady before the countdown starts. */
export const STEADY_FOR_MS = 700;
/** The first number of the countdown; one number every COUNT_STEP_MS. */
export const COUNT_FROM = 3;
export const COUNT_STEP_MS = 500;
export const COUNTDOWN_MS = COUNT_FROM * COUNT_STEP_MS;

export type AutoCapture =
  /** Not clear and steady yet. `cancelled`: a countdown was stopped since the last one began (said once, calmly). */
  | { phase: "waiting"; cancelled: boolean }
  | { phase: "steady"; since: number; cancelled: boolean }
  /** `count`: the number shown, COUNT_FROM down to 1. */
  | { phase: "counting"; since: number; count: number }
  /** The shot is taken: nothing more until disabled. */
  | { phase: "fired" };

export interface AutoCaptureInput {
  /** Auto-capture may take this shot: switched on, the camera ready, not taking, no photo of this side yet. */
  enabled: boolean;
  /** No hint is shown and the latest sample was steady. */
  clear: boolean;
}

export function autoCapture(): AutoCapture {
  return WAITING;
}

/**
 * The state at `now` (ms), given the inputs then. Returns the same object when
 * nothing changed, so a caller keeping it in React state renders only on a change.
 */
export function nextAutoCapture(state: AutoCapture, input: AutoCaptureInput, now: number): AutoCapture {
  if (!input.enabled) return state.phase === "waiting" && !state.cancelled ? state : WAITING;
  if (state.phase === "fired") return state;
  if (!input.clear) {
    if (state.phase === "counting") return { phase: "waiting", cancelled: true };
    if (state.phase === "steady") return { phase: "waiting", cancelled: state.cancelled };
    return state;
  }
  switch (state.phase) {
    case "waiting":
      return { phase: "steady", since: now, cancelled: state.cancelled };
    case "steady":
      return now - state.since >= STEADY_FOR_MS ? { phase: "counting", since: now, count: COUNT_FROM } : state;
    case "counting": {
      const elapsed = now - state.since;
      if (elapsed >= COUNTDOWN_MS) return { phase: "fired" };
      const count = COUNT_FROM - Math.floor(elapsed / COUNT_STEP_MS);
      return count === state.count ? state : { ...state, count };
    }
  }
}

const WAITING: AutoCapture = { phase: "waiting", cancelled: false };
