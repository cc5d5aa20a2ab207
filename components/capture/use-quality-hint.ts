"use client";

import { useEffect, useState } from "react";
import { calmHint, nextCalmHint } from "@/lib/capture/browser/calm-hint";
import { isSteady, measureFrame, qualityHint, type QualityHint } from "@/lib/capture/browser/frame-quality";
import { sampleGuideArea } from "@/lib/capture/browser/sample-guide-area";

// Four samples a second: enough for a hint to follow the hand within the
// 600 ms hold, few enough to cost the main thread a few ms a second.
const SAMPLE_INTERVAL_MS = 250;

export interface LiveQuality {
  /** The calm hint (calm-hint.ts), or null. */
  hint: QualityHint | null;
  /** Whether the latest sample was steady enough to be taken by itself (frame-quality.ts isSteady). */
  steady: boolean;
}

/**
 * The live hint for the camera preview: samples the guide's area while
 * `active`, and returns the calm hint and whether the picture is steady.
 * Advisory only: nothing here holds the shutter back. `video` must be a
 * stable function.
 */
export function useQualityHint(
  video: () => HTMLVideoElement | null | undefined,
  guide: React.RefObject<HTMLElement | null>,
  subject: "document" | "face",
  active: boolean,
): LiveQuality {
  const [hint, setHint] = useState<QualityHint | null>(null);
  const [steady, setSteady] = useState(false);
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
      setSteady(isSteady(quality, subject));
    }, SAMPLE_INTERVAL_MS);
    return () => {
      clearInterval(timer);
      // A new run starts from a first sample, which has nothing to compare with.
      setSteady(false);
    };
  }, [active, video, guide, subject]);
  return active ? { hint, steady } : { hint: null, steady: false };
}
