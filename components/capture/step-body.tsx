"use client";

import type { CameraProblem } from "@/lib/capture/browser/camera-problem";
import { framesForSide } from "@/lib/capture/required-frames";
import { BothSidesQuestion } from "./both-sides-question";
import { SecondaryButton } from "./buttons";
import { CameraProblemPanel } from "./camera-problem";
import { CameraStep, type TakenFrame } from "./camera-step";
import type { Held } from "./capture-flow-state";
import { ConfirmAddress } from "./confirm-address";
import { FilePicker, type ChosenFile } from "./file-picker";
import type { CaptureStep } from "./steps";
import { useCopy } from "./use-copy";

/**
 * What the capture step shows under its instruction: nothing once the side is
 * sent for good, the question about what is held back, the file picker when
 * the end-user chose files, the camera's problem, or the camera.
 */
export function StepBody({
  step,
  final,
  held,
  files,
  pdf,
  cameraError,
  framesPerContext,
  autoCapture,
  taken,
  onFrame,
  onFile,
  onCameraError,
  onRestartCamera,
  onUseCamera,
  onSendHeld,
  onDiscardHeld,
}: {
  step: CaptureStep;
  /** The side's photo is sent for good (the one proof of address): no other is taken. */
  final: boolean;
  held: Held | null;
  /** Files are chosen here rather than photos taken (never for the selfie). */
  files: boolean;
  /** Whether a PDF may be chosen. */
  pdf: boolean;
  cameraError: CameraProblem | null;
  framesPerContext: number;
  /** Whether the server lets the page take photos by itself (CAPTURE_AUTO). */
  autoCapture: boolean;
  /** The side has photos already (none is taken by itself until they are retaken). */
  taken: boolean;
  onFrame: (taken: TakenFrame) => void;
  onFile: (chosen: ChosenFile) => void;
  onCameraError: (error: string) => void;
  onRestartCamera: () => void;
  onUseCamera: () => void;
  onSendHeld: (bothSides: boolean) => void;
  onDiscardHeld: () => void;
}) {
  const copy = useCopy();
  if (final) return null;

  if (held?.base === step.base) {
    if (held.ask === "both_sides") {
      return (
        <BothSidesQuestion onAnswer={(bothSides) => (bothSides === null ? onDiscardHeld() : onSendHeld(bothSides))} />
      );
    }
    return (
      <ConfirmAddress
        previewUrl={held.previewUrl}
        hardToRead={held.hardToRead ?? false}
        placeholder={held.placeholder === "pdf" ? copy.tray.pdfDocument : copy.tray.heicPhoto}
        onSend={() => onSendHeld(false)}
        onDiscard={onDiscardHeld}
      />
    );
  }

  if (files) {
    return (
      <div className="flex flex-wrap items-start gap-3">
        <FilePicker
          label={pdf ? copy.steps.choosePhotoOrPdf : copy.steps.choosePhoto}
          primary
          pdf={pdf}
          onFile={onFile}
        />
        <SecondaryButton onClick={onUseCamera}>{copy.steps.useCamera}</SecondaryButton>
      </div>
    );
  }

  if (cameraError) {
    return <CameraProblemPanel problem={cameraError} pdf={pdf} onRetry={onRestartCamera} onFile={onFile} />;
  }

  return (
    <>
      <CameraStep
        key={step.base}
        step={step}
        frames={framesForSide(step.base, framesPerContext)}
        autoCapture={autoCapture}
        taken={taken}
        onFrame={onFrame}
        onCameraError={onCameraError}
      />
      {step.base !== "face" && (
        <div className="mt-4 flex justify-center">
          <FilePicker label={pdf ? copy.steps.uploadPhotoOrPdf : copy.steps.uploadInstead} pdf={pdf} onFile={onFile} />
        </div>
      )}
    </>
  );
}
