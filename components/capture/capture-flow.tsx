"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import {
  cameraAlreadyAllowed,
  cameraProblem,
  cameraUnavailable,
  type CameraProblem,
} from "@/lib/capture/browser/camera-problem";
import { sendDeviceData } from "@/lib/capture/browser/device-data";
import type { UploadResult } from "@/lib/capture/browser/upload-frame";
import { isOpenForCapture } from "@/lib/sessions/lifecycle";
import { firstMissingStep, missingSides, nextMissingStep } from "@/lib/capture/browser/missing-sides";
import { frameContext, framesForSide, type BaseContext } from "@/lib/capture/required-frames";
import type { CaptureState } from "@/lib/contracts/capture-api";
import { BothSidesQuestion } from "./both-sides-question";
import { ConfirmAddress } from "./confirm-address";
import { ErrorNotice, PrimaryButton, SecondaryButton } from "./buttons";
import { CameraPrimer } from "./camera-primer";
import { CameraProblemPanel } from "./camera-problem";
import { CameraStep, type TakenFrame } from "./camera-step";
import { CaptureLinkContext } from "./continue-on-phone";
import { serverError } from "@/lib/i18n/server-error";
import { useCopy } from "./use-copy";
import { FilePicker, type ChosenFile } from "./file-picker";
import { FrameTray, type Frame } from "./frame-tray";
import { IntroScreen } from "./intro-screen";
import { ReviewPhotos } from "./review-photos";
import { StatusView } from "./status-view";
import { captureSteps } from "./steps";
import { useFrameUploads } from "./use-frame-uploads";
import { useOnline } from "./use-online";

type Phase = "intro" | "primer" | "capture" | "review" | "sending" | "status";

/** A photo or file held back until the end-user says how to send it: a card's front as a PDF (does it hold the back?), or the one proof of address (is it the right one?). */
interface Held extends Pick<Frame, "base" | "source" | "previewUrl" | "placeholder"> {
  blob: Blob;
  ask: "both_sides" | "address";
  /** A photo taken while a quality hint was showing. */
  hardToRead?: boolean;
}

/** `link`: the check's capture link as the server makes it, for handing over to another device. */
export function CaptureFlow({ token, link, initial }: { token: string; link: string; initial: CaptureState }) {
  const copy = useCopy();
  const request = { documentType: initial.documentType, proofOfAddress: initial.proofOfAddress };
  const steps = captureSteps(request, copy.steps);
  const framesPerContext = initial.framesPerContext;
  const [phase, setPhase] = useState<Phase>(isOpenForCapture(initial.status) ? "intro" : "status");
  const [stepIndex, setStepIndex] = useState(() =>
    firstMissingStep(
      steps.map((step) => step.base),
      initial.missing,
    ),
  );
  const [cameraError, setCameraError] = useState<CameraProblem | null>(null);
  // "files": the user chose to upload photos rather than use the camera.
  const [cameraMode, setCameraMode] = useState<"camera" | "files">("camera");
  // Once the camera has been allowed on this page, the primer is not shown again.
  const [cameraAllowed, setCameraAllowed] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const [held, setHeld] = useState<Held | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const describeFailure = useCallback(
    (result: UploadResult) => serverError(copy, result.body?.error, "unknown_upload"),
    [copy],
  );
  const { frames, send, retry, forget } = useFrameUploads(token, initial, describeFailure);
  const online = useOnline();

  // Screen readers and keyboards follow each step change.
  useEffect(() => heading.current?.focus(), [phase, stepIndex]);
  // Once the end-user has agreed: the device and its address are their data too.
  const [consented, setConsented] = useState(initial.consented);
  useEffect(() => {
    if (consented) void sendDeviceData(token);
  }, [token, consented]);

  const step = steps[stepIndex];
  // The selfie is taken live: a chosen photo stands in for it only when the
  // camera cannot be used (the panel for its problem offers one), never
  // beside a working camera, where it would let anyone skip the live selfie.
  const filesOnThisStep = cameraMode === "files" && step?.base !== "face";
  const framesOf = (base: BaseContext) => frames.filter((frame) => frame.base === base);
  const missing = missingSides(request, frames, framesPerContext);
  const stepDone = (base: BaseContext) => !missing.includes(base);
  // PDFs where the integration takes them: for a document's sides and a proof of address, never a selfie.
  const pdfHere = initial.pdfEnabled && step?.base !== "face";

  const onFrame = useCallback(
    (taken: TakenFrame) => {
      if (!step) return;
      const photo = {
        base: step.base,
        blob: taken.blob,
        source: "camera" as const,
        previewUrl: URL.createObjectURL(taken.blob),
        placeholder: null,
      };
      if (step.base === "address-front") return setHeld({ ...photo, ask: "address", hardToRead: taken.hardToRead });
      send(taken.blob, { ...photo, context: frameContext(step.base, taken.index, framesPerContext) });
    },
    [step, send, framesPerContext],
  );

  // A chosen file stands for the whole side: sent once, as the plain context.
  function onFile(chosen: ChosenFile) {
    if (!step) return;
    const file = { base: step.base, blob: chosen.blob, source: "file" as const, ...filePreview(chosen) };
    const cardFront = step.base === "document-front" && steps.some((item) => item.base === "document-back");
    if (step.base === "address-front") return setHeld({ ...file, ask: "address" });
    if (chosen.format === "pdf" && cardFront) return setHeld({ ...file, ask: "both_sides" });
    send(file.blob, { ...file, context: file.base });
  }

  /** Sends what was held back, as its side's plain context (a proof of address is one picture, a file stands for its side). */
  function sendHeld(bothSides: boolean) {
    if (!held) return;
    send(held.blob, { ...held, context: held.base, bothSides });
    setHeld(null);
    heading.current?.focus();
  }

  /** Lets go of what was held back, its preview too. */
  function dropHeld() {
    if (held?.previewUrl) URL.revokeObjectURL(held.previewUrl);
    setHeld(null);
  }

  // Veriff takes one proof of address per check: once it has it, is getting it, or may have it (a failure that
  // Try again can settle), it stays, and no other is taken.
  const sentForGood = (base: BaseContext) =>
    base === "address-front" && framesOf(base).some((frame) => frame.state !== "failed" || frame.retryable);
  const canRetake = (base: BaseContext) => framesOf(base).length > 0 && !sentForGood(base);

  function startCapture() {
    if (steps.every((item) => stepDone(item.base))) return setPhase("review");
    void beginCapture(cameraMode);
  }

  /** To the capture step, through the camera primer unless the camera is already allowed (or not to be used). */
  async function beginCapture(mode: "camera" | "files") {
    const unavailable = cameraProblemBeforeAsking();
    setCameraMode(mode);
    setCameraError(unavailable);
    const skipPrimer = unavailable || mode === "files" || cameraAllowed || (await cameraAlreadyAllowed());
    setPhase(skipPrimer ? "capture" : "primer");
  }

  /** On to the next side that still needs photos (a PDF of both sides finishes the back too), or to the review. */
  function nextStep() {
    setSendError(null);
    dropHeld();
    const next = nextMissingStep(
      steps.map((item) => item.base),
      stepIndex,
      missing,
    );
    if (next >= 0) setStepIndex(next);
    else setPhase("review");
  }

  function retake(base: BaseContext) {
    setSendError(null);
    dropHeld();
    forget(base);
    setStepIndex(steps.findIndex((item) => item.base === base));
    setPhase("capture");
  }

  async function submit() {
    setPhase("sending");
    setSendError(null);
    const response = await fetch(`/api/capture/${encodeURIComponent(token)}/submit`, { method: "POST" }).catch(
      () => null,
    );
    if (response?.ok) return setPhase("status");
    const body = await response?.json().catch(() => null);
    setSendError(serverError(copy, body?.error, "unknown_submit"));
    // The server counts what Veriff acknowledged: show the first side it still needs.
    if (body?.error?.code === "capture_incomplete" && Array.isArray(body.error.missing)) {
      setStepIndex(
        firstMissingStep(
          steps.map((item) => item.base),
          body.error.missing,
        ),
      );
      return setPhase("capture");
    }
    setPhase("review");
  }

  if (phase === "status") {
    return (
      <StatusView
        token={token}
        onRecapture={() => {
          dropHeld();
          forget();
          setStepIndex(0);
          void beginCapture(cameraMode);
        }}
      />
    );
  }

  return (
    <CaptureLinkContext value={link}>
      <section aria-labelledby="step-heading">
        {/* Always in the page, so screen readers announce the banner when it appears. */}
        <div role="status">
          {!online && (
            <p className="mb-4 rounded-xl border border-amber-300 bg-amber-50 p-3 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
              {copy.offline}
            </p>
          )}
        </div>
        {phase === "intro" && (
          <IntroScreen
            headingRef={heading}
            title={
              initial.status === "resubmission_requested"
                ? copy.intro.resubmitTitle
                : initial.proofOfAddress === "only"
                  ? copy.intro.addressTitle
                  : copy.intro.title
            }
            steps={steps}
            done={(item) => stepDone(item.base)}
            check={initial.proofOfAddress}
            framesPerContext={framesPerContext}
            consented={consented}
            onConsented={() => setConsented(true)}
            resuming={frames.length > 0}
            token={token}
            onStart={startCapture}
          />
        )}

        {phase === "primer" && (
          <CameraPrimer
            headingRef={heading}
            onAnswer={(problem) => {
              setCameraAllowed(!problem);
              setCameraError(problem);
              setPhase("capture");
            }}
            onUploadInstead={() => void beginCapture("files")}
          />
        )}

        {phase === "capture" && step && (
          <>
            <p className="text-sm font-medium text-accent-700 dark:text-accent-300">
              {copy.steps.indicator(stepIndex + 1, steps.length)}
            </p>
            <h1
              id="step-heading"
              ref={heading}
              tabIndex={-1}
              className="mt-1 text-2xl font-semibold tracking-tight outline-none"
            >
              {step.title}
            </h1>
            <p className="mt-2 text-neutral-700 dark:text-neutral-300">
              {!filesOnThisStep
                ? step.instruction
                : pdfHere
                  ? copy.steps.filesInstructionPdf
                  : copy.steps.filesInstruction}
            </p>
            {sendError && <ErrorNotice text={sendError} />}
            <div className="mt-4">
              {sentForGood(step.base) ? null : held?.base === step.base ? (
                held.ask === "both_sides" ? (
                  <BothSidesQuestion
                    onAnswer={(bothSides) => {
                      if (bothSides !== null) return sendHeld(bothSides);
                      dropHeld();
                      heading.current?.focus();
                    }}
                  />
                ) : (
                  <ConfirmAddress
                    previewUrl={held.previewUrl}
                    hardToRead={held.hardToRead ?? false}
                    placeholder={held.placeholder === "pdf" ? copy.tray.pdfDocument : copy.tray.heicPhoto}
                    onSend={() => sendHeld(false)}
                    onDiscard={() => {
                      dropHeld();
                      heading.current?.focus();
                    }}
                  />
                )
              ) : filesOnThisStep ? (
                <div className="flex flex-wrap items-start gap-3">
                  <FilePicker
                    label={pdfHere ? copy.steps.choosePhotoOrPdf : copy.steps.choosePhoto}
                    primary
                    pdf={pdfHere}
                    onFile={onFile}
                  />
                  <SecondaryButton onClick={() => void beginCapture("camera")}>{copy.steps.useCamera}</SecondaryButton>
                </div>
              ) : cameraError ? (
                <CameraProblemPanel
                  problem={cameraError}
                  pdf={pdfHere}
                  onRetry={() => setCameraError(null)}
                  onFile={onFile}
                />
              ) : (
                <>
                  <CameraStep
                    key={step.base}
                    step={step}
                    frames={framesForSide(step.base, framesPerContext)}
                    onFrame={onFrame}
                    onCameraError={(error) => setCameraError(cameraProblem(error))}
                  />
                  {step.base !== "face" && (
                    <div className="mt-4 flex justify-center">
                      <FilePicker
                        label={pdfHere ? copy.steps.uploadPhotoOrPdf : copy.steps.uploadInstead}
                        pdf={pdfHere}
                        onFile={onFile}
                      />
                    </div>
                  )}
                </>
              )}
            </div>
            <FrameTray frames={framesOf(step.base)} title={step.title} onRetry={retry} />
            {sentForGood(step.base) && (
              <p className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">{copy.confirmAddress.sent}</p>
            )}
            <div className="mt-6 flex flex-wrap gap-3">
              {canRetake(step.base) && (
                <SecondaryButton onClick={() => retake(step.base)}>{copy.steps.retake}</SecondaryButton>
              )}
              {stepDone(step.base) && !held && <PrimaryButton onClick={nextStep}>{copy.steps.next}</PrimaryButton>}
            </div>
          </>
        )}

        {(phase === "review" || phase === "sending") && (
          <ReviewPhotos
            steps={steps}
            frames={frames}
            headingRef={heading}
            sending={phase === "sending"}
            error={sendError}
            canSend={steps.every((item) => stepDone(item.base))}
            final={sentForGood}
            onRetake={retake}
            onRetry={retry}
            onSend={submit}
          />
        )}
      </section>
    </CaptureLinkContext>
  );
}

/** Outside https, or in a browser without getUserMedia, there is no camera to ask for: say so at once. */
function cameraProblemBeforeAsking(): CameraProblem | null {
  return cameraUnavailable({
    isSecureContext: window.isSecureContext,
    hasGetUserMedia: Boolean(navigator.mediaDevices?.getUserMedia),
  });
}

/** Only a redrawn photo has a preview: the browser cannot show a HEIC it could not decode, nor a PDF as a thumbnail. */
function filePreview(chosen: ChosenFile): Pick<Frame, "previewUrl" | "placeholder"> {
  if (chosen.redrawn) return { previewUrl: URL.createObjectURL(chosen.blob), placeholder: null };
  return { previewUrl: null, placeholder: chosen.format === "pdf" ? "pdf" : "heic" };
}
