"use client";

import type { AutoCapture } from "@/lib/capture/browser/auto-capture";
import { useCopy } from "./use-copy";

/**
 * The countdown before the photo is taken by itself, over the preview, and
 * said by screen readers; a countdown stopped is said too (the number simply
 * goes away on screen). The region is always in the page: screen readers
 * announce changes only to a live region that already exists.
 */
export function AutoCaptureCountdown({ state }: { state: AutoCapture }) {
  const copy = useCopy().camera.auto;
  const cancelled = (state.phase === "waiting" || state.phase === "steady") && state.cancelled;
  return (
    <div
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="auto-capture"
      className="pointer-events-none absolute inset-0 flex items-center justify-center px-3"
    >
      {state.phase === "counting" && (
        <p className="flex flex-col items-center rounded-2xl bg-black/75 px-5 py-3 text-center text-white shadow">
          <span aria-hidden="true" className="text-5xl font-semibold tabular-nums">
            {state.count}
          </span>
          <span className="mt-1 text-sm font-medium">{copy.countdown(state.count)}</span>
        </p>
      )}
      {cancelled && <p className="sr-only">{copy.cancelled}</p>}
    </div>
  );
}
