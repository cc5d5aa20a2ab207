"use client";

import { useCopy } from "./use-copy";

/** Turns the photo taken by itself off and on: a checkbox that screen readers call a switch, with its label. */
export function AutoCaptureSwitch({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  const copy = useCopy().camera.auto;
  return (
    <label className="mt-4 flex min-h-11 cursor-pointer items-center justify-center gap-3 text-sm">
      <input
        type="checkbox"
        role="switch"
        checked={on}
        onChange={(event) => onChange(event.target.checked)}
        className="size-5 accent-accent-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-500"
      />
      {copy.label}
    </label>
  );
}
