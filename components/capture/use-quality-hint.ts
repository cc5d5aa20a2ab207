"use client";

import { useEffect, useState } from "react";
import { calmHint, nextCalmHint } from "@/lib/capture/browser/calm-hint";
import { measureFrame, qualityHint, type QualityHint } from "@/lib/capture/browser/frame-quality";
import { sampleGuideArea } from "@/lib/capture/browser/sample-guide-area";

// Four samples a second: enough for a hint to follow the hand within the
// 600 ms hold, few enough to cost the main thread a few ms a second.
const SAMPLE_INTERVAL_MS = 250;

/**
 * The live hint for the camera preview: samples the guide's area while
 * `active`, and returns the calm hint (calm-hint.ts) or null. Advisory only:
 * nothing here holds the shutter back. `video` must be a stable function.
 */
export function useQualityHint(
  video: () => HTMLVideoElement | null | undefined,
  guide: React.RefObject<HTMLElement | null>,
  subject: "document" | "face",
  active: boolean,
): QualityHint | null {
  const [hint, setHint] = useState<QualityHint | null>(null);
  useEffect(() => {
    if (!active) return;
    const canvas = document.createElement("canvas");
    // Read back every sample: tells the browser to keep the canvas in memory, not on the GPU.
    const context = canvas.getContext("2d", { willReadFrequently: true });
    if (!context) return;
    let previous: Uint8Array | undefined;
    let state = calmHint<QualityHint>();
    const timer = setInterval(() => {
      const element = video();
      if (!element || !guide.current || document.hidden) return;
      const sample = sampleGuideArea(element, guide.current, canvas, context);
      if (!sample) return;
      const quality = measureFrame(sample.grey, sample.width, sample.height, previous);
      previous = sample.grey;
      state = nextCalmHint(state, qualityHint(quality, subject), performance.now());
      setHint(state.shown);
    }, SAMPLE_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [active, video, guide, subject]);
  return active ? hint : null;
}
