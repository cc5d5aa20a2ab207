"use client";

import { browserFamily, type CameraProblem } from "@/lib/capture/browser/camera-problem";
import { FilePicker, type ChosenFile } from "./file-picker";
import { cameraProblemCopy } from "./problem-copy";

/** What went wrong with the camera and the ways forward: allow it and restart, or upload a photo instead. */
export function CameraProblemPanel({ problem, onRetry, onFile }: { problem: CameraProblem; onRetry: () => void; onFile: (file: ChosenFile) => void }) {
  const copy = cameraProblemCopy(problem, browserFamily(typeof navigator === "undefined" ? "" : navigator.userAgent));
  return (
    <div className="rounded-2xl border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      <div role="alert">
        <p className="font-semibold">{copy.title}</p>
        <p className="mt-1 text-sm">{copy.text}</p>
        <p className="mt-1 text-xs opacity-80">Reference: {problem}</p>
      </div>
      <div className="mt-4 flex flex-wrap items-start gap-3">
        <FilePicker label="Upload a photo instead" primary onFile={onFile} />
        {copy.canRetry && (
          <button type="button" onClick={onRetry} className="min-h-12 rounded-xl border border-amber-900/40 px-5 font-medium dark:border-amber-200/40">
            Restart camera
          </button>
        )}
      </div>
    </div>
  );
}
