"use client";

import { useEffect, useRef, useState } from "react";
import { autoCapture, nextAutoCapture, type AutoCapture } from "@/lib/capture/browser/auto-capture";

// The clock between the samples' changes: the countdown's numbers turn on
// time, and the steady time is counted to a tenth of a second.
const TICK_MS = 100;

/**
 * The photo taken by itself (lib/capture/browser/auto-capture.ts), fed from
 * the live preview: `enabled` when it may take this shot (switched on, camera
 * ready, not taking, nothing taken of this side yet), `hint` the hint shown
 * (whatever kind: any hint holds it back), `steady` whether the latest sample
 * was steady and sharp. Calls `onFire` once, when the countdown ends: the
 * shutter's own function, so the same frames are taken. Returns the state to
 * show (the countdown, or that it was cancelled).
 */
export function useAutoCapture({
  enabled,
  hint,
  steady,
  onFire,
}: {
  enabled: boolean;
  hint: string | null;
  steady: boolean;
  onFire: () => void;
}): AutoCapture {
  const [state, setState] = useState(autoCapture);
  const fire = useRef(onFire);
  useEffect(() => {
    fire.current = onFire;
  });
  const clear = hint === null && steady;
  useEffect(() => {
    // A hidden page samples nothing (use-quality-hint.ts): what it saw last is no reason to shoot.
    const tick = () =>
      setState((current) => nextAutoCapture(current, { enabled, clear: clear && !document.hidden }, performance.now()));
    tick();
    if (!enabled || !clear) return;
    const timer = setInterval(tick, TICK_MS);
    // Hidden, the countdown stops at once: a phone freezes the page's timers, and on its return
    // the first tick would otherwise find the countdown long over and shoot without a 3-2-1.
    document.addEventListener("visibilitychange", tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", tick);
    };
  }, [enabled, clear]);
  useEffect(() => {
    if (state.phase === "fired") fire.current();
  }, [state.phase]);
  return state;
}
