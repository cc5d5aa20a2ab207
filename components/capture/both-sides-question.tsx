"use client";

import { useEffect, useRef } from "react";
import { SecondaryButton } from "./buttons";
import { useCopy } from "./use-copy";

/**
 * Asked when a PDF is chosen for the front of a two-sided document: Veriff
 * takes one PDF holding both sides (on two pages or one), and only the
 * end-user knows whether this one does.
 */
/** `onAnswer(null)`: the end-user would rather choose another file. */
export function BothSidesQuestion({ onAnswer }: { onAnswer: (bothSides: boolean | null) => void }) {
  const copy = useCopy().steps.bothSides;
  const heading = useRef<HTMLParagraphElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div
      role="group"
      aria-labelledby="both-sides-question"
      className="rounded-2xl border border-neutral-300 p-4 dark:border-neutral-700"
    >
      <p id="both-sides-question" ref={heading} tabIndex={-1} className="font-semibold outline-none">
        {copy.question}
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <SecondaryButton onClick={() => onAnswer(true)}>{copy.yes}</SecondaryButton>
        <SecondaryButton onClick={() => onAnswer(false)}>{copy.no}</SecondaryButton>
        <SecondaryButton onClick={() => onAnswer(null)}>{copy.cancel}</SecondaryButton>
      </div>
    </div>
  );
}
