"use client";

import { useEffect, useRef } from "react";
import { browserFamily, type CameraProblem } from "@/lib/capture/browser/camera-problem";
import { ContinueOnPhone } from "./continue-on-phone";
import { useCopy } from "./use-copy";
import { FilePicker, type ChosenFile } from "./file-picker";

// Whether "Restart camera" can help: not where the page or the browser offers no camera at all.
const CANNOT_RETRY: readonly CameraProblem[] = ["camera_insecure_context", "camera_unsupported"];

/** What went wrong with the camera and the ways forward: allow it and restart, upload a photo instead, or go on on another device. */
export function CameraProblemPanel({
  problem,
  pdf,
  onRetry,
  onFile,
}: {
  problem: CameraProblem;
  /** Whether a PDF may be chosen instead. */
  pdf: boolean;
  onRetry: () => void;
  onFile: (file: ChosenFile) => void;
}) {
  const copy = useCopy();
  const title = useRef<HTMLParagraphElement>(null);
  // The camera went away under the user's hands: the focused shutter went with it, so focus comes here (a new step focuses its heading instead).
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) title.current?.focus();
  }, []);
  const howToAllow = copy.allowCamera[browserFamily(typeof navigator === "undefined" ? "" : navigator.userAgent)];
  const words = copy.cameraProblems[problem];
  return (
    <div className="rounded-2xl border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      <div role="alert">
        <p ref={title} tabIndex={-1} className="font-semibold outline-none">
          {words.title}
        </p>
        <p className="mt-1 text-sm">{words.text(howToAllow)}</p>
        <p className="mt-1 text-xs opacity-80">
          {copy.reference}: <span dir="ltr">{problem}</span>
        </p>
      </div>
      <div className="mt-4 flex flex-wrap items-start gap-3">
        <FilePicker
          label={pdf ? copy.steps.uploadPhotoOrPdf : copy.steps.uploadInstead}
          primary
          pdf={pdf}
          onFile={onFile}
        />
        {!CANNOT_RETRY.includes(problem) && (
          <button
            type="button"
            onClick={onRetry}
            className="min-h-12 rounded-xl border border-amber-900/40 px-5 font-medium dark:border-amber-200/40"
          >
            {copy.camera.restart}
          </button>
        )}
      </div>
      {/* Another device may have a camera that works: on a phone too (a browser without camera support, a broken camera). */}
      <ContinueOnPhone insecurePage={problem === "camera_insecure_context"} />
    </div>
  );
}
