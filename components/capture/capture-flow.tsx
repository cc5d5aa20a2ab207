"use client";

import { useEffect, useRef } from "react";
import { loadFaceDetector } from "@/lib/capture/browser/face/face-detector";
import type { CaptureState } from "@/lib/contracts/capture-api";
import { ErrorNotice, PrimaryButton, SecondaryButton } from "./buttons";
import { CameraPrimer } from "./camera-primer";
import { CaptureLinkContext } from "./continue-on-phone";
import { FrameTray } from "./frame-tray";
import { IntroScreen } from "./intro-screen";
import { ReviewPhotos } from "./review-photos";
import { StatusView } from "./status-view";
import { StepBody } from "./step-body";
import { useCaptureFlow } from "./use-capture-flow";
import { useCopy } from "./use-copy";
import { useEmbedEvents } from "./use-embed-events";
import { useOnline } from "./use-online";
import { StepHeading } from "./step-heading";

/** `link`: the check's capture link as the server makes it, for handing over to another device. */
export function CaptureFlow({ token, link, initial }: { token: string; link: string; initial: CaptureState }) {
  const copy = useCopy();
  const online = useOnline();
  const flow = useCaptureFlow(token, initial);
  const { phase, step, steps, heading } = flow;
  // The selfie is taken live: a chosen photo stands in for it only when the
  // camera cannot be used (the panel for its problem offers one), never
  // beside a working camera, where it would let anyone skip the live selfie.
  const filesOnThisStep = flow.cameraMode === "files" && step?.base !== "face";
  // PDFs where the integration takes them: for a document's sides and a proof of address, never a selfie.
  const pdfHere = initial.pdfEnabled && step?.base !== "face";

  // The framing page, if any, follows the screens, hears when the photos are sent (the status
  // screen: after this page's send, or opened once they were) and what stands in the camera's way.
  const post = useEmbedEvents();
  const shownSide = phase === "capture" ? (step?.base ?? null) : null;
  const lastPhase = useRef<typeof phase | null>(null);
  useEffect(() => {
    post({ type: "step", phase, context: shownSide });
    if (phase === "status" && lastPhase.current !== "status") post({ type: "submitted" });
    lastPhase.current = phase;
  }, [post, phase, shownSide]);
  useEffect(() => {
    if (flow.cameraError) post({ type: "error", code: flow.cameraError });
  }, [post, flow.cameraError]);

  // The face model loads in its worker while the document steps run, so the selfie's guidance is there when it is reached.
  const selfieAhead = phase === "capture" && flow.cameraMode !== "files" && steps.some((item) => item.base === "face");
  useEffect(() => {
    if (selfieAhead) void loadFaceDetector();
  }, [selfieAhead]);

  if (phase === "status") return <StatusView token={token} initial={initial} onRecapture={flow.recapture} />;

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
            done={(item) => flow.done(item.base)}
            check={initial.proofOfAddress}
            framesPerContext={flow.framesPerContext}
            consented={flow.consented}
            onConsented={flow.consent}
            resuming={flow.frames.length > 0}
            token={token}
            onStart={flow.start}
          />
        )}

        {phase === "primer" && (
          <CameraPrimer headingRef={heading} onAnswer={flow.answerPrimer} onUploadInstead={() => flow.begin("files")} />
        )}

        {phase === "capture" && step && (
          <>
            <p className="text-sm font-medium text-accent-700 dark:text-accent-300">
              {copy.steps.indicator(flow.stepIndex + 1, steps.length)}
            </p>
            <StepHeading headingRef={heading} className="mt-1">
              {step.title}
            </StepHeading>
            <p className="mt-2 text-neutral-700 dark:text-neutral-300">
              {!filesOnThisStep
                ? step.instruction
                : pdfHere
                  ? copy.steps.filesInstructionPdf
                  : copy.steps.filesInstruction}
            </p>
            {flow.sendError && <ErrorNotice text={flow.sendError} />}
            <div className="mt-4">
              <StepBody
                step={step}
                final={flow.final(step.base)}
                held={flow.held}
                files={filesOnThisStep}
                pdf={pdfHere}
                cameraError={flow.cameraError}
                framesPerContext={flow.framesPerContext}
                autoCapture={initial.autoCapture}
                taken={flow.frames.some((frame) => frame.base === step.base)}
                onFrame={flow.onFrame}
                onFile={flow.onFile}
                onCameraError={flow.cameraFailed}
                onRestartCamera={flow.restartCamera}
                onUseCamera={() => flow.begin("camera")}
                onSendHeld={flow.sendHeld}
                onDiscardHeld={flow.discardHeld}
              />
            </div>
            <FrameTray
              frames={flow.frames.filter((frame) => frame.base === step.base)}
              title={step.title}
              onRetry={flow.retry}
            />
            {flow.final(step.base) && (
              <p className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">{copy.confirmAddress.sent}</p>
            )}
            <div className="mt-6 flex flex-wrap gap-3">
              {flow.canRetake(step.base) && (
                <SecondaryButton onClick={() => flow.retake(step.base)}>{copy.steps.retake}</SecondaryButton>
              )}
              {flow.done(step.base) && !flow.held && (
                <PrimaryButton onClick={flow.nextStep}>{copy.steps.next}</PrimaryButton>
              )}
            </div>
          </>
        )}

        {(phase === "review" || phase === "sending") && (
          <ReviewPhotos
            steps={steps}
            frames={flow.frames}
            headingRef={heading}
            sending={phase === "sending"}
            error={flow.sendError}
            canSend={flow.allDone}
            final={flow.final}
            onRetake={flow.retake}
            onRetry={flow.retry}
            onSend={flow.submit}
          />
        )}
      </section>
    </CaptureLinkContext>
  );
}
