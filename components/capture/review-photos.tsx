"use client";

import type { BaseContext } from "@/lib/capture/required-frames";
import { ErrorNotice, PrimaryButton } from "./buttons";
import { useCopy } from "./use-copy";
import { FrameTray, type Frame } from "./frame-tray";
import type { CaptureStep } from "./steps";
import { StepHeading } from "./step-heading";

/** "Check your photos": every side large enough to judge, a retake per side, and the one button that sends. */
export function ReviewPhotos({
  steps,
  frames,
  headingRef,
  sending,
  error,
  canSend,
  final,
  onRetake,
  onRetry,
  onSend,
}: {
  steps: CaptureStep[];
  frames: Frame[];
  headingRef: React.Ref<HTMLHeadingElement>;
  sending: boolean;
  error: string | null;
  canSend: boolean;
  /** Whether a side's photo is sent for good (the one proof of address): no retake, and a word why. */
  final: (base: BaseContext) => boolean;
  onRetake: (base: BaseContext) => void;
  onRetry: (key: string) => void;
  onSend: () => void;
}) {
  const copy = useCopy();
  const uploading = frames.some((frame) => frame.state === "uploading");
  const failed = frames.some((frame) => frame.state === "failed");
  // Once Veriff has it: until then (or if it failed) the back is still to do.
  const frontPdfHoldsBack = frames.some(
    (frame) => frame.bothSides && frame.base === "document-front" && frame.state === "done",
  );
  return (
    <>
      <StepHeading headingRef={headingRef}>{copy.review.title}</StepHeading>
      <p className="mt-2 text-neutral-700 dark:text-neutral-300">{copy.review.text}</p>
      <div className="mt-4 space-y-6">
        {steps.map((item) => {
          // The back inside the front's PDF is retaken with the front.
          const inFrontPdf = item.base === "document-back" && frontPdfHoldsBack;
          return (
            <div key={item.base}>
              <div className="flex items-center justify-between gap-4">
                <h2 className="font-semibold">{item.title}</h2>
                {!inFrontPdf && !final(item.base) && (
                  <button
                    type="button"
                    onClick={() => onRetake(item.base)}
                    className="min-h-11 rounded-xl border border-neutral-300 px-4 text-sm font-medium dark:border-neutral-700"
                  >
                    {copy.steps.retake}
                  </button>
                )}
              </div>
              {inFrontPdf ? (
                <p className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">{copy.steps.inFrontPdf}</p>
              ) : (
                <>
                  <FrameTray
                    frames={frames.filter((frame) => frame.base === item.base)}
                    title={item.title}
                    large
                    onRetry={onRetry}
                  />
                  {final(item.base) && (
                    <p className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">{copy.confirmAddress.sent}</p>
                  )}
                </>
              )}
            </div>
          );
        })}
      </div>
      {error && <ErrorNotice text={error} />}
      {failed && !uploading && <ErrorNotice text={copy.review.failed} />}
      <PrimaryButton onClick={onSend} disabled={sending || uploading || !canSend}>
        {sending ? copy.review.sending : uploading ? copy.review.uploading : copy.review.send}
      </PrimaryButton>
    </>
  );
}
