"use client";

import { useEffect, useRef } from "react";
import { PrimaryButton, SecondaryButton } from "./buttons";
import { useCopy } from "./use-copy";

/**
 * The proof of address, shown before it is sent: Veriff takes one document
 * per check and cannot be given another in its place, so the end-user looks
 * at it first. `previewUrl`: the photo; null for a PDF or a HEIC the browser
 * cannot show, named by `placeholder`.
 */
export function ConfirmAddress({
  previewUrl,
  placeholder,
  hardToRead,
  onSend,
  onDiscard,
}: {
  previewUrl: string | null;
  placeholder: string;
  /** Taken while a quality hint was showing. */
  hardToRead: boolean;
  onSend: () => void;
  onDiscard: () => void;
}) {
  const copy = useCopy();
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => question.current?.focus(), []);
  return (
    <div
      role="group"
      aria-labelledby="confirm-address"
      className="rounded-2xl border border-neutral-300 p-4 dark:border-neutral-700"
    >
      <p id="confirm-address" ref={question} tabIndex={-1} className="font-semibold outline-none">
        {copy.confirmAddress.question}
      </p>
      <p className="mt-1 text-sm text-neutral-700 dark:text-neutral-300">{copy.confirmAddress.onlyOne}</p>
      {hardToRead && (
        <p className="mt-2 text-sm font-medium text-amber-800 dark:text-amber-200">{copy.camera.hardToRead(1)}</p>
      )}
      {previewUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- a local blob: preview, not a remote image
        <img
          src={previewUrl}
          alt={copy.confirmAddress.photo}
          className="mt-3 max-h-[60dvh] w-full rounded-lg bg-neutral-100 object-contain dark:bg-neutral-900"
        />
      ) : (
        <p className="mt-3 rounded-lg bg-neutral-100 p-6 text-center text-sm dark:bg-neutral-900">{placeholder}</p>
      )}
      <div className="flex flex-wrap items-end gap-3">
        <PrimaryButton onClick={onSend}>{copy.confirmAddress.send}</PrimaryButton>
        <SecondaryButton onClick={onDiscard}>{copy.confirmAddress.another}</SecondaryButton>
      </div>
    </div>
  );
}
