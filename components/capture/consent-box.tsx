"use client";

import type { ProofOfAddress } from "@/lib/capture/required-frames";
import { consentWording } from "@/lib/i18n/locale";
import { useCopy } from "./use-copy";

/**
 * What happens to the photos, and the explicit agreement to it, worded for
 * what this check asks for. `input`: the checkbox's own props (a form field
 * on the start page, a controlled box on the capture link's first screen).
 */
export function ConsentBox({
  check,
  ...input
}: { check: ProofOfAddress } & Omit<React.InputHTMLAttributes<HTMLInputElement>, "type">) {
  const copy = useCopy();
  return (
    <div className="rounded-xl bg-neutral-100 p-4 text-sm text-neutral-700 dark:bg-neutral-900 dark:text-neutral-300">
      <p>{check === "only" ? copy.start.privacyAddress : copy.start.privacy}</p>
      <label className="mt-3 flex min-h-11 items-start gap-3 font-medium text-neutral-900 dark:text-neutral-100">
        <input type="checkbox" className="mt-0.5 size-5 shrink-0 accent-accent-600" {...input} />
        {consentWording(copy, check)}
      </label>
    </div>
  );
}
