"use client";

import { useEffect, useState } from "react";
import { calmHint, nextCalmHint } from "@/lib/capture/browser/calm-hint";
import {
  ANALYSED_SIDE,
  faceDetectorReady,
  findFaces,
  loadFaceDetector,
} from "@/lib/capture/browser/face/face-detector";
import { faceHint, type FaceHint } from "@/lib/capture/browser/face/face-hint";
import { guideRegion } from "@/lib/capture/browser/guide-region";

// As often as the quality hints sample, and never two frames in the worker at once.
const SAMPLE_INTERVAL_MS = 250;

export interface FaceGuidance {
  /** The calm face hint; null when the face is well placed, or when the model is not guiding. */
  hint: FaceHint | null;
  /** Whether the model has judged the picture: without it, the plain oval guides alone. */
  guiding: boolean;
  /**
   * Whether the latest frame's own verdict was "well placed". The shown hint
   * is calmed and stays null while the verdict flickers: a shot taken by
   * itself waits for this instead.
   */
  clear: boolean;
}

/**
 * The face guidance for the selfie: while `active`, hands a small copy of the
 * preview to the face worker a few times a second and returns what it makes
 * of the face. `video` must be a stable function.
 */
export function useFaceHint(
  video: () => HTMLVideoElement | null | undefined,
  guide: React.RefObject<HTMLElement | null>,
  active: boolean,
): FaceGuidance {
  const [hint, setHint] = useState<FaceHint | null>(null);
  const [guiding, setGuiding] = useState(false);
  const [clear, setClear] = useState(false);
  useEffect(() => {
    if (!active) return;
    const forget = () => {
      setHint(null);
      setGuiding(false);
      setClear(false);
    };
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let state = calmHint<FaceHint>();
    const sample = async () => {
      const element = video();
      if (faceDetectorReady() && element && guide.current && !document.hidden && element.videoWidth > 0) {
        const picture = { width: element.videoWidth, height: element.videoHeight };
        const scale = ANALYSED_SIDE / Math.max(picture.width, picture.height);
        const frame = await createImageBitmap(element, {
          resizeWidth: Math.round(picture.width * scale),
          resizeHeight: Math.round(picture.height * scale),
          resizeQuality: "low",
        }).catch(() => null);
        const faces = frame && (await findFaces(frame));
        if (faces && !stopped && guide.current) {
          // The guide measured when the answer came, in 0-1 units of the picture like the faces' boxes.
          const region = guideRegion(picture, element.getBoundingClientRect(), guide.current.getBoundingClientRect());
          const oval = {
            x: region.x / picture.width,
            y: region.y / picture.height,
            width: region.width / picture.width,
            height: region.height / picture.height,
          };
          const verdict = faceHint(faces, oval);
          state = nextCalmHint(state, verdict, performance.now());
          setHint(state.shown);
          setClear(verdict === null);
          setGuiding(true);
        }
      }
      // Not loaded yet, or gone (face-detector.ts gave up on it): the plain oval guides alone.
      if (!faceDetectorReady()) forget();
      if (!stopped) timer = setTimeout(() => void sample(), SAMPLE_INTERVAL_MS);
    };
    // Normally loaded during the document steps already; a selfie-only check starts it here.
    void loadFaceDetector();
    void sample();
    return () => {
      stopped = true;
      clearTimeout(timer);
      // A new camera or step starts from nothing: what this picture showed says nothing of the next.
      forget();
    };
  }, [active, video, guide]);
  return active ? { hint, guiding, clear } : { hint: null, guiding: false, clear: false };
}
