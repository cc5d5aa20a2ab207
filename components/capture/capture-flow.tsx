"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { sendDeviceData } from "@/lib/capture/browser/device-data";
import { uploadFrame } from "@/lib/capture/browser/upload-frame";
import { frameContext, type BaseContext } from "@/lib/capture/required-frames";
import { CameraStep, type TakenFrame } from "./camera-step";
import { StatusView } from "./status-view";
import { captureSteps } from "./steps";

/** GET /api/capture/{token}, as the page receives it. */
export interface CaptureStateJson {
  status: string;
  documentType: string | null;
  attemptNumber: number;
  framesPerContext: number;
  frames: { id: string; context: string }[];
  missing: { context: BaseContext; needed: number; acknowledged: number }[];
  decision: { status: string; reason: string | null } | null;
}

interface Frame {
  key: string;
  base: BaseContext;
  context: string;
  previewUrl: string | null;
  progress: number;
  state: "uploading" | "done" | "failed";
  error?: string;
}

type Phase = "intro" | "capture" | "review" | "sending" | "status";
const OPEN = ["created", "started", "resubmission_requested"];

export function CaptureFlow({ token, initial }: { token: string; initial: CaptureStateJson }) {
  const steps = captureSteps(initial.documentType);
  const framesPerContext = initial.framesPerContext;
  const [phase, setPhase] = useState<Phase>(OPEN.includes(initial.status) ? "intro" : "status");
  const [stepIndex, setStepIndex] = useState(() => firstMissingStep(steps.map((step) => step.base), initial.missing));
  const [frames, setFrames] = useState<Frame[]>(() => resumedFrames(initial.frames));
  const [cameraError, setCameraError] = useState<string | null>(null);
  const [sendError, setSendError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // Screen readers and keyboards follow each step change.
  useEffect(() => heading.current?.focus(), [phase, stepIndex]);
  useEffect(() => void sendDeviceData(token), [token]);

  const step = steps[stepIndex];
  const framesOf = (base: BaseContext) => frames.filter((frame) => frame.base === base);
  const stepDone = (base: BaseContext) => framesOf(base).filter((frame) => frame.state === "done").length >= framesPerContext;
  const uploading = frames.some((frame) => frame.state === "uploading");

  const onFrame = useCallback(
    (taken: TakenFrame) => {
      if (!step) return;
      const key = `${step.base}-${Date.now()}-${taken.index}`;
      const context = frameContext(step.base, taken.index, framesPerContext);
      const frame: Frame = { key, base: step.base, context, previewUrl: URL.createObjectURL(taken.blob), progress: 0, state: "uploading" };
      setFrames((current) => [...current, frame]);
      const update = (change: Partial<Frame>) => setFrames((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));
      void uploadFrame(token, context, taken.blob, (progress) => update({ progress })).then((result) =>
        update(result.ok ? { state: "done", progress: 1 } : { state: "failed", error: result.body?.error?.message ?? "The photo could not be sent." }),
      );
    },
    [step, token, framesPerContext],
  );

  function retake(base: BaseContext) {
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
    setSendError(body?.error?.message ?? "Your photos could not be sent for checking. Check your connection and try again.");
    setPhase("review");
  }

  if (phase === "status") {
    return (
      <StatusView
        token={token}
        onRecapture={() => {
          setFrames([]);
          setStepIndex(0);
          setPhase("capture");
        }}
      />
    );
  }

  return (
    <section aria-labelledby="step-heading">
      {phase === "intro" && (
        <>
          <h1 id="step-heading" ref={heading} tabIndex={-1} className="text-2xl font-semibold tracking-tight outline-none">
            {initial.status === "resubmission_requested" ? "We need new photos" : "Let's check your identity"}
          </h1>
          <ul className="mt-4 list-disc space-y-1 pl-5 text-neutral-700 dark:text-neutral-300">
            {steps.map((item) => (
              <li key={item.base}>{item.title}</li>
            ))}
          </ul>
          <p className="mt-4 text-neutral-600 dark:text-neutral-400">
            We will ask for your camera. For each photo we take {framesPerContext > 1 ? `${framesPerContext} pictures in quick succession` : "one picture"}: hold still until
            it is done. The photos go to our verification provider and are not kept by us.
          </p>
          <PrimaryButton onClick={() => setPhase(steps.every((item) => stepDone(item.base)) ? "review" : "capture")}>Start</PrimaryButton>
        </>
      )}

      {phase === "capture" && step && (
        <>
          <p className="text-sm font-medium text-accent-700 dark:text-accent-300">
            Step {stepIndex + 1} of {steps.length}
          </p>
          <h1 id="step-heading" ref={heading} tabIndex={-1} className="mt-1 text-2xl font-semibold tracking-tight outline-none">
            {step.title}
          </h1>
          <p className="mt-2 text-neutral-700 dark:text-neutral-300">{step.instruction}</p>
          <div className="mt-4">
            {cameraError ? (
              <CameraProblem error={cameraError} onRetry={() => setCameraError(null)} />
            ) : (
              <CameraStep key={step.base} step={step} frames={framesPerContext} onFrame={onFrame} onCameraError={setCameraError} />
            )}
          </div>
          <FrameTray frames={framesOf(step.base)} />
          <div className="mt-6 flex flex-wrap gap-3">
            {framesOf(step.base).length > 0 && (
              <button type="button" onClick={() => retake(step.base)} className="min-h-12 rounded-xl border border-neutral-300 px-5 font-medium dark:border-neutral-700">
                Retake
              </button>
            )}
            {stepDone(step.base) && (
              <PrimaryButton onClick={() => (stepIndex + 1 < steps.length ? setStepIndex(stepIndex + 1) : setPhase("review"))}>Continue</PrimaryButton>
            )}
          </div>
        </>
      )}

      {(phase === "review" || phase === "sending") && (
        <>
          <h1 id="step-heading" ref={heading} tabIndex={-1} className="text-2xl font-semibold tracking-tight outline-none">
            Check your photos
          </h1>
          <p className="mt-2 text-neutral-700 dark:text-neutral-300">Make sure every photo is sharp and nothing is cut off.</p>
          <div className="mt-4 space-y-6">
            {steps.map((item) => (
              <div key={item.base}>
                <div className="flex items-center justify-between gap-4">
                  <h2 className="font-semibold">{item.title}</h2>
                  <button type="button" onClick={() => retake(item.base)} className="min-h-11 rounded-xl border border-neutral-300 px-4 text-sm font-medium dark:border-neutral-700">
                    Retake
                  </button>
                </div>
                <FrameTray frames={framesOf(item.base)} large />
              </div>
            ))}
          </div>
          {sendError && (
            <p role="alert" className="mt-4 rounded-xl border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
              {sendError}
            </p>
          )}
          <PrimaryButton onClick={submit} disabled={phase === "sending" || uploading || !steps.every((item) => stepDone(item.base))}>
            {phase === "sending" ? "Sending…" : uploading ? "Uploading photos…" : "Send for checking"}
          </PrimaryButton>
        </>
      )}
    </section>
  );
}

function FrameTray({ frames, large = false }: { frames: Frame[]; large?: boolean }) {
  if (!frames.length) return null;
  return (
    <ul className="mt-3 flex flex-wrap gap-3" aria-label="Photos taken">
      {frames.map((frame) => (
        <li key={frame.key} className={`relative overflow-hidden rounded-lg border border-neutral-300 bg-neutral-100 dark:border-neutral-700 dark:bg-neutral-900 ${large ? "w-40" : "w-24"}`}>
          {frame.previewUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- a local blob: preview, not a remote image
            <img src={frame.previewUrl} alt={`Photo (${frame.context})`} className="aspect-video w-full object-cover" />
          ) : (
            <div className="flex aspect-video items-center justify-center p-1 text-center text-xs text-neutral-600 dark:text-neutral-400">Uploaded earlier</div>
          )}
          <div className="px-2 py-1 text-xs" aria-live="polite">
            {frame.state === "done" ? "✓ Sent" : frame.state === "failed" ? `✗ ${frame.error}` : `Sending ${Math.round(frame.progress * 100)} %`}
          </div>
          {frame.state === "uploading" && (
            <div className="h-1 bg-accent-600 transition-[width]" style={{ width: `${Math.round(frame.progress * 100)}%` }} aria-hidden="true" />
          )}
        </li>
      ))}
    </ul>
  );
}

function CameraProblem({ error, onRetry }: { error: string; onRetry: () => void }) {
  const denied = /NotAllowed|Permission/i.test(error);
  const missing = /NotFound|DevicesNotFound|Overconstrained/i.test(error);
  return (
    <div role="alert" className="rounded-2xl border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      <p className="font-semibold">{denied ? "The camera is blocked" : missing ? "No camera found" : "The camera stopped"}</p>
      <p className="mt-1 text-sm">
        {denied
          ? "Allow camera access for this site in your browser's settings (the camera icon in the address bar), then try again."
          : missing
            ? "This device has no camera we can use. Open this link on your phone to continue."
            : "Another app may be using the camera. Close it, then try again."}
      </p>
      <p className="mt-1 text-xs opacity-80">Reference: {error}</p>
      <button type="button" onClick={onRetry} className="mt-3 min-h-11 rounded-xl bg-amber-900 px-4 font-medium text-white dark:bg-amber-200 dark:text-amber-950">
        Try again
      </button>
    </div>
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
    previewUrl: null,
    progress: 1,
    state: "done",
  }));
}

function firstMissingStep(bases: BaseContext[], missing: CaptureStateJson["missing"]): number {
  const index = bases.findIndex((base) => missing.some((item) => item.context === base));
  return index < 0 ? 0 : index;
}
