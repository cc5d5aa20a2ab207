"use client";

import type { FaceHint } from "@/lib/capture/browser/face/face-hint";
import type { QualityHint } from "@/lib/capture/browser/frame-quality";
import { useCopy } from "./use-copy";

/**
 * The live hint over the preview. The region is always in the page, empty when
 * all is well: screen readers announce changes only to a live region that
 * already exists.
 */
export function QualityHintRegion({ hint }: { hint: QualityHint | FaceHint | null }) {
  const copy = useCopy().camera.hints;
  return (
    <p
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="quality-hint"
      className="pointer-events-none absolute inset-x-0 top-3 flex justify-center px-3"
    >
      {hint && (
        <span className="rounded-full bg-black/75 px-4 py-1.5 text-sm font-medium text-white shadow">{copy[hint]}</span>
      )}
    </p>
  );
}
