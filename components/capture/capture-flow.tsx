"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { cameraAlreadyAllowed, cameraProblem, cameraUnavailable, type CameraProblem } from "@/lib/capture/browser/camera-problem";
import { sendDeviceData } from "@/lib/capture/browser/device-data";
import { uploadFrame } from "@/lib/capture/browser/upload-frame";
import { isCaptureErrorCode } from "@/lib/capture/error-codes";
import { firstMissingStep, missingSides } from "@/lib/capture/browser/missing-sides";
import { frameContext, type BaseContext } from "@/lib/capture/required-frames";
import { CameraPrimer } from "./camera-primer";
import { CameraProblemPanel } from "./camera-problem";
import { CameraStep, type TakenFrame } from "./camera-step";
import type { Copy } from "./copy/en";
import { useCopy } from "./copy/use-copy";
import { FilePicker, type ChosenFile } from "./file-picker";
import { FrameTray, type Frame } from "./frame-tray";
import { StatusView } from "./status-view";
import { useRevokeUnshownPreviews } from "./use-preview-urls";
import { captureSteps } from "./steps";

/** GET /api/capture/{token}, as the page receives it. */
export interface CaptureStateJson {
  status: string;
  documentType: string | null;
  attemptNumber: number;
  framesPerContext: number;
  frames: { id: string; context: string; source: "camera" | "file" | "integrator" }[];
  missing: { context: BaseContext; needed: number; acknowledged: number }[];
  decision: { status: string; reason: string | null; reasonCode: number | null } | null;
}

type Phase = "intro" | "primer" | "capture" | "review" | "sending" | "status";
const OPEN = ["created", "started", "resubmission_requested"];

export function CaptureFlow({ token, initial }: { token: string; initial: CaptureStateJson }) {
  const copy = useCopy();
  const steps = captureSteps(initial.documentType, copy.steps);
  const framesPerContext = initial.framesPerContext;
  const [phase, setPhase] = useState<Phase>(OPEN.includes(initial.status) ? "intro" : "status");
  const [stepIndex, setStepIndex] = useState(() => firstMissingStep(steps.map((step) => step.base), initial.missing));
  const [frames, setFrames] = useState<Frame[]>(() => resumedFrames(initial.frames));
  const [cameraError, setCameraError] = useState<CameraProblem | null>(null);
  // "files": the user chose to upload photos rather than use the camera.
  const [cameraMode, setCameraMode] = useState<"camera" | "files">("camera");
  // Once the camera has been allowed on this page, the primer is not shown again.
  const [cameraAllowed, setCameraAllowed] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useRevokeUnshownPreviews(frames);

  // Screen readers and keyboards follow each step change.
  useEffect(() => heading.current?.focus(), [phase, stepIndex]);
  useEffect(() => void sendDeviceData(token), [token]);

  const step = steps[stepIndex];
  // The selfie is taken live: a chosen photo stands in for it only when the
  // camera cannot be used (the panel for its problem offers one), never
  // beside a working camera, where it would let anyone skip the live selfie.
  const filesOnThisStep = cameraMode === "files" && step?.base !== "face";
  const framesOf = (base: BaseContext) => frames.filter((frame) => frame.base === base);
  const missing = missingSides(initial.documentType, frames, framesPerContext);
  const stepDone = (base: BaseContext) => !missing.includes(base);
  const uploading = frames.some((frame) => frame.state === "uploading");

  const send = useCallback(
    (base: BaseContext, context: string, blob: Blob, source: Frame["source"], previewUrl: string | null) => {
      const key = `${base}-${Date.now()}-${Math.random()}`;
      // Only a HEIC sent as it is has no preview: the browser cannot show it.
      const frame: Frame = { key, base, context, source, previewUrl, placeholder: previewUrl ? null : "heic", progress: 0, state: "uploading" };
      setFrames((current) => [...current, frame]);
      const update = (change: Partial<Frame>) => setFrames((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));
      void uploadFrame(token, context, blob, (progress) => update({ progress }), source).then((result) =>
        update(result.ok ? { state: "done", progress: 1 } : { state: "failed", error: serverError(copy, result.body?.error, "unknown_upload") }),
      );
    },
    [token, copy],
  );

  const onFrame = useCallback(
    (taken: TakenFrame) => {
      if (!step) return;
      send(step.base, frameContext(step.base, taken.index, framesPerContext), taken.blob, "camera", URL.createObjectURL(taken.blob));
    },
    [step, send, framesPerContext],
  );

  // A chosen file stands for the whole side: sent once, as the plain context.
  const onFile = useCallback(
    (chosen: ChosenFile) => step && send(step.base, step.base, chosen.blob, "file", chosen.redrawn ? URL.createObjectURL(chosen.blob) : null),
    [step, send],
  );

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

  function retake(base: BaseContext) {
    setSendError(null);
    setFrames((current) => current.filter((frame) => frame.base !== base));
    setStepIndex(steps.findIndex((item) => item.base === base));
    setPhase("capture");
  }

  async function submit() {
    setPhase("sending");
    setSendError(null);
    const response = await fetch(`/api/capture/${encodeURIComponent(token)}/submit`, { method: "POST" }).catch(() => null);
    if (response?.ok) return setPhase("status");
    const body = await response?.json().catch(() => null);
    setSendError(serverError(copy, body?.error, "unknown_submit"));
    // The server counts what Veriff acknowledged: show the first side it still needs.
    if (body?.error?.code === "capture_incomplete" && Array.isArray(body.error.missing)) {
      setStepIndex(firstMissingStep(steps.map((item) => item.base), body.error.missing));
      return setPhase("capture");
    }
    setPhase("review");
  }

  if (phase === "status") {
    return (
      <StatusView
        token={token}
        onRecapture={() => {
          setFrames([]);
          setStepIndex(0);
          void beginCapture(cameraMode);
        }}
      />
    );
  }

  return (
    <section aria-labelledby="step-heading">
      {phase === "intro" && (
        <>
          <h1 id="step-heading" ref={heading} tabIndex={-1} className="text-2xl font-semibold tracking-tight outline-none">
            {initial.status === "resubmission_requested" ? copy.intro.resubmitTitle : copy.intro.title}
          </h1>
          <ul className="mt-4 list-disc space-y-1 pl-5 text-neutral-700 dark:text-neutral-300">
            {steps.map((item) => (
              <li key={item.base}>
                {item.title}
                {stepDone(item.base) && <span className="ml-2 font-medium text-green-800 dark:text-green-300">{copy.intro.done}</span>}
              </li>
            ))}
          </ul>
          <p className="mt-4 text-neutral-600 dark:text-neutral-400">{copy.intro.explain(framesPerContext)}</p>
          <PrimaryButton onClick={startCapture}>{frames.length ? copy.intro.resume : copy.intro.start}</PrimaryButton>
        </>
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
          <h1 id="step-heading" ref={heading} tabIndex={-1} className="mt-1 text-2xl font-semibold tracking-tight outline-none">
            {step.title}
          </h1>
          <p className="mt-2 text-neutral-700 dark:text-neutral-300">
            {filesOnThisStep ? copy.steps.filesInstruction : step.instruction}
          </p>
          {sendError && <ErrorNotice text={sendError} />}
          <div className="mt-4">
            {filesOnThisStep ? (
              <div className="flex flex-wrap items-start gap-3">
                <FilePicker label={copy.steps.choosePhoto} primary onFile={onFile} />
                <button type="button" onClick={() => void beginCapture("camera")} className="min-h-12 rounded-xl border border-neutral-300 px-5 font-medium dark:border-neutral-700">
                  {copy.steps.useCamera}
                </button>
              </div>
            ) : cameraError ? (
              <CameraProblemPanel problem={cameraError} onRetry={() => setCameraError(null)} onFile={onFile} />
            ) : (
              <>
                <CameraStep key={step.base} step={step} frames={framesPerContext} onFrame={onFrame} onCameraError={(error) => setCameraError(cameraProblem(error))} />
                {step.base !== "face" && (
                  <div className="mt-4 flex justify-center">
                    <FilePicker label={copy.steps.uploadInstead} onFile={onFile} />
                  </div>
                )}
              </>
            )}
          </div>
          <FrameTray frames={framesOf(step.base)} title={step.title} />
          <div className="mt-6 flex flex-wrap gap-3">
            {framesOf(step.base).length > 0 && (
              <button type="button" onClick={() => retake(step.base)} className="min-h-12 rounded-xl border border-neutral-300 px-5 font-medium dark:border-neutral-700">
                {copy.steps.retake}
              </button>
            )}
            {stepDone(step.base) && (
              <PrimaryButton
                onClick={() => {
                  setSendError(null);
                  if (stepIndex + 1 < steps.length) setStepIndex(stepIndex + 1);
                  else setPhase("review");
                }}
              >
                {copy.steps.next}
              </PrimaryButton>
            )}
          </div>
        </>
      )}

      {(phase === "review" || phase === "sending") && (
        <>
          <h1 id="step-heading" ref={heading} tabIndex={-1} className="text-2xl font-semibold tracking-tight outline-none">
            {copy.review.title}
          </h1>
          <p className="mt-2 text-neutral-700 dark:text-neutral-300">{copy.review.text}</p>
          <div className="mt-4 space-y-6">
            {steps.map((item) => (
              <div key={item.base}>
                <div className="flex items-center justify-between gap-4">
                  <h2 className="font-semibold">{item.title}</h2>
                  <button type="button" onClick={() => retake(item.base)} className="min-h-11 rounded-xl border border-neutral-300 px-4 text-sm font-medium dark:border-neutral-700">
                    {copy.steps.retake}
                  </button>
                </div>
                <FrameTray frames={framesOf(item.base)} title={item.title} large />
              </div>
            ))}
          </div>
          {sendError && <ErrorNotice text={sendError} />}
          <PrimaryButton onClick={submit} disabled={phase === "sending" || uploading || !steps.every((item) => stepDone(item.base))}>
            {phase === "sending" ? copy.review.sending : uploading ? copy.review.uploading : copy.review.send}
          </PrimaryButton>
        </>
      )}
    </section>
  );
}

function ErrorNotice({ text }: { text: string }) {
  return (
    <p role="alert" className="mt-4 rounded-xl border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
      {text}
    </p>
  );
}

function PrimaryButton({ children, onClick, disabled = false }: { children: React.ReactNode; onClick: () => void; disabled?: boolean }) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      className="mt-6 inline-flex min-h-12 w-full items-center justify-center rounded-xl bg-accent-600 px-6 text-base font-semibold text-white hover:bg-accent-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-500 disabled:opacity-60 sm:w-auto"
    >
      {children}
    </button>
  );
}

/** Frames Veriff already acknowledged (after a reload): shown as sent, without a preview. */
function resumedFrames(acknowledged: CaptureStateJson["frames"]): Frame[] {
  return acknowledged.map((frame) => ({
    key: frame.id,
    base: frame.context.replace(/-pre$/, "") as BaseContext,
    context: frame.context,
    source: frame.source === "file" ? "file" : "camera",
    previewUrl: null,
    placeholder: "earlier",
    progress: 1,
    state: "done",
  }));
}

/** Outside https, or in a browser without getUserMedia, there is no camera to ask for: say so at once. */
function cameraProblemBeforeAsking(): CameraProblem | null {
  return cameraUnavailable({ isSecureContext: window.isSecureContext, hasGetUserMedia: Boolean(navigator.mediaDevices?.getUserMedia) });
}

/**
 * A refusal in the page's language, with its code for staff to look up. The
 * server's own message is English and meant for developers: never shown.
 */
function serverError(copy: Copy, error: { code?: unknown } | undefined, fallback: "unknown_upload" | "unknown_submit"): string {
  const code = isCaptureErrorCode(error?.code) ? error.code : fallback;
  // Veriff's refusal or absence at submit is no fault of one photo: say that the sending failed.
  const phrase = fallback === "unknown_submit" && (code === "veriff_refused" || code === "veriff_unavailable") ? copy.serverErrors.unknown_submit : copy.serverErrors[code];
  return `${phrase} ${copy.reference}: ${code}`;
}
