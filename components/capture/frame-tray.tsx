"use client";

import type { BaseContext } from "@/lib/capture/required-frames";
import { useCopy } from "./use-copy";
import { useOnline } from "./use-online";

/** A photo of the current attempt as the page tracks it: taken or chosen, uploading or acknowledged. */
export interface Frame {
  key: string;
  base: BaseContext;
  context: string;
  source: "camera" | "file";
  /** A PDF sent as the front that holds the back too. */
  bothSides?: boolean;
  /** A blob: URL of what was sent; null after a reload (nothing is kept), for a HEIC the browser cannot show, or a PDF. */
  previewUrl: string | null;
  /** Why there is no preview: sent before a reload, a HEIC the browser cannot show, or a PDF; null when there is one. */
  placeholder: "earlier" | "heic" | "pdf" | null;
  progress: number;
  state: "uploading" | "done" | "failed";
  error?: string;
  /** Failed for a reason sending it again may cure (the network, a busy server): "Try again" is offered. */
  retryable?: boolean;
}

/** `title`: the step's title, which names the photos for screen readers; `onRetry`: sends a failed photo again. */
export function FrameTray({
  frames,
  title,
  large = false,
  onRetry,
}: {
  frames: Frame[];
  title: string;
  large?: boolean;
  onRetry: (key: string) => void;
}) {
  const copy = useCopy().tray;
  const online = useOnline();
  if (!frames.length) return null;
  const placeholderText = { earlier: copy.uploadedEarlier, heic: copy.heicPhoto, pdf: copy.pdfDocument };
  return (
    <ul className="mt-3 flex flex-wrap gap-3" aria-label={copy.label}>
      {frames.map((frame) => (
        <li
          key={frame.key}
          className={`relative overflow-hidden rounded-lg border border-neutral-300 bg-neutral-100 dark:border-neutral-700 dark:bg-neutral-900 ${large ? "w-40" : "w-24"}`}
        >
          {frame.previewUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- a local blob: preview, not a remote image
            <img src={frame.previewUrl} alt={copy.photo(title)} className="aspect-video w-full object-cover" />
          ) : (
            <div className="flex aspect-video items-center justify-center p-1 text-center text-xs text-neutral-600 dark:text-neutral-400">
              {frame.placeholder && placeholderText[frame.placeholder]}
            </div>
          )}
          <div className="px-2 py-1 text-xs" aria-live="polite">
            {frame.state === "done"
              ? copy.sent
              : frame.state === "failed"
                ? copy.failed(frame.error ?? "")
                : online
                  ? copy.sending(Math.round(frame.progress * 100))
                  : copy.waiting}
          </div>
          {frame.state === "failed" && frame.retryable && (
            <button
              type="button"
              onClick={() => onRetry(frame.key)}
              aria-label={copy.retryPhoto(title)}
              className="min-h-11 w-full border-t border-neutral-300 px-2 text-xs font-semibold text-accent-700 dark:border-neutral-700 dark:text-accent-300"
            >
              {copy.retry}
            </button>
          )}
          {frame.state === "uploading" && (
            <div
              className="h-1 bg-accent-600 transition-[width]"
              style={{ width: `${Math.round(frame.progress * 100)}%` }}
              aria-hidden="true"
            />
          )}
        </li>
      ))}
    </ul>
  );
}
