"use client";

import { useId, useRef, useState } from "react";
import { useCopy } from "./use-copy";

/** A capture link as text to select or copy, with a button that copies it and says whether that worked. */
export function CopyableLink({ link, className = "" }: { link: string; className?: string }) {
  const copy = useCopy().handoff;
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [copied, setCopied] = useState<"copied" | "failed" | null>(null);
  async function copyLink() {
    setCopied((await copyText(link, input.current)) ? "copied" : "failed");
  }
  return (
    <div className={className}>
      <label htmlFor={inputId} className="block text-sm font-medium">
        {copy.linkLabel}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          ref={input}
          id={inputId}
          readOnly
          // A web address reads left to right on a right-to-left page too.
          dir="ltr"
          value={link}
          onFocus={(event) => event.currentTarget.select()}
          className="min-h-11 min-w-0 flex-1 rounded-lg border border-neutral-300 bg-transparent px-3 text-sm dark:border-neutral-700"
        />
        <button
          type="button"
          onClick={() => void copyLink()}
          className="min-h-11 rounded-xl bg-accent-600 px-4 text-sm font-semibold text-white hover:bg-accent-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-500"
        >
          {copy.copy}
        </button>
      </div>
      <p className="mt-1 min-h-5 text-sm" aria-live="polite">
        {copied === "copied" ? copy.copied : copied === "failed" ? copy.copyFailed : ""}
      </p>
    </div>
  );
}

/**
 * The Clipboard API exists only on secure pages; the old copy command still
 * works on a plain-http page (where the camera is off and a handoff most
 * needed), from the selected text of the input.
 */
async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
    input?.select();
    return document.execCommand("copy");
  } catch {
    return false;
  }
}
