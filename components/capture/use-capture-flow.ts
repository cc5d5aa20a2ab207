"use client";

import { useCallback, useEffect, useReducer, useRef } from "react";
import { askToSubmit } from "@/lib/capture/browser/ask-to-submit";
import {
  cameraAlreadyAllowed,
  cameraProblem,
  cameraUnavailable,
  type CameraProblem,
} from "@/lib/capture/browser/camera-problem";
import { canRetake, sentForGood } from "@/lib/capture/browser/can-retake";
import { sendDeviceData } from "@/lib/capture/browser/device-data";
import { missingSides } from "@/lib/capture/browser/missing-sides";
import type { UploadResult } from "@/lib/capture/browser/upload-frame";
import { frameContext, type BaseContext } from "@/lib/capture/required-frames";
import type { CaptureState } from "@/lib/contracts/capture-api";
import { referenceCode, serverError } from "@/lib/i18n/server-error";
import type { TakenFrame } from "./camera-step";
import {
  captureFlow,
  initialFlowState,
  mayNeedPrimer,
  type CameraMode,
  type TowardsCapture,
} from "./capture-flow-state";
import type { ChosenFile } from "./file-picker";
import type { Frame } from "./frame-tray";
import { captureSteps } from "./steps";
import { useCopy } from "./use-copy";
import { useEmbedEvents } from "./use-embed-events";
import { useFrameUploads } from "./use-frame-uploads";

/**
 * The capture flow: its state (capture-flow-state.ts), the photos and their
 * uploads, and what the end-user does, each as a function the screens call.
 * `heading`: the current screen's heading, which takes the focus at each
 * step change, so screen readers and keyboards follow.
 */
export function useCaptureFlow(token: string, initial: CaptureState) {
  const copy = useCopy();
  const post = useEmbedEvents();
  const request = { documentType: initial.documentType, proofOfAddress: initial.proofOfAddress };
  const steps = captureSteps(request, copy.steps);
  const framesPerContext = initial.framesPerContext;
  const [state, dispatch] = useReducer(
    captureFlow,
    { bases: steps.map((step) => step.base), initial },
    initialFlowState,
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const describeFailure = useCallback(
    (result: UploadResult) => serverError(copy, result.body?.error, "unknown_upload"),
    [copy],
  );
  const { frames, send, retry, forget } = useFrameUploads(token, initial, describeFailure);

  // Screen readers and keyboards follow each step change.
  useEffect(() => heading.current?.focus(), [state.phase, state.stepIndex]);
  // Once the end-user has agreed: the device and its address are their data too.
  useEffect(() => {
    if (state.consented) void sendDeviceData(token);
  }, [token, state.consented]);

  const step = steps[state.stepIndex];
  const missing = missingSides(request, frames, framesPerContext);
  const done = (base: BaseContext) => !missing.includes(base);
  const allDone = steps.every((item) => done(item.base));
  const held = state.held;

  /** Moves towards the capture step; when the primer may be needed, the browser says first whether the camera is allowed already. */
  async function towardsCapture(action: TowardsCapture) {
    dispatch(action);
    if (mayNeedPrimer(state, action)) dispatch({ type: "camera-permission", granted: await cameraAlreadyAllowed() });
  }

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
      if (step.base === "address-front") {
        return dispatch({ type: "hold", held: { ...photo, ask: "address", hardToRead: taken.hardToRead } });
      }
      send(taken.blob, { ...photo, context: frameContext(step.base, taken.index, framesPerContext) });
    },
    [step, send, framesPerContext, dispatch],
  );

  // A chosen file stands for the whole side: sent once, as the plain context.
  function onFile(chosen: ChosenFile) {
    if (!step) return;
    const file = { base: step.base, blob: chosen.blob, source: "file" as const, ...filePreview(chosen) };
    const cardFront = step.base === "document-front" && steps.some((item) => item.base === "document-back");
    if (step.base === "address-front") return dispatch({ type: "hold", held: { ...file, ask: "address" } });
    if (chosen.format === "pdf" && cardFront) return dispatch({ type: "hold", held: { ...file, ask: "both_sides" } });
    send(file.blob, { ...file, context: file.base });
  }

  /** The held photo's preview, let go of with the photo (the actions that leave the step drop what is held). */
  function revokeHeldPreview() {
    if (held?.previewUrl) URL.revokeObjectURL(held.previewUrl);
  }

  return {
    ...state,
    steps,
    step,
    frames,
    heading,
    framesPerContext,
    done,
    allDone,
    /** The side's photo is Veriff's for good (the one proof of address): no retake, and a word why. */
    final: (base: BaseContext) => sentForGood(frames, base),
    canRetake: (base: BaseContext) => canRetake(frames, base),
    retry,
    onFrame,
    onFile,
    consent: () => dispatch({ type: "consented" }),
    /** The intro's Start: to the review when every side is done, else towards the capture step. */
    start: () => void towardsCapture({ type: "start", allDone, problem: cameraProblemBeforeAsking() }),
    /** With the camera, or with files: towards the capture step. */
    begin: (mode: CameraMode) => void towardsCapture({ type: "begin", mode, problem: cameraProblemBeforeAsking() }),
    answerPrimer: (problem: CameraProblem | null) => dispatch({ type: "primer-answered", problem }),
    cameraFailed: (error: unknown) => dispatch({ type: "camera-problem", problem: cameraProblem(error) }),
    restartCamera: () => dispatch({ type: "camera-problem", problem: null }),
    /** Sends what was held back, as its side's plain context (a proof of address is one picture, a file stands for its side). */
    sendHeld(bothSides: boolean) {
      if (!held) return;
      send(held.blob, { ...held, context: held.base, bothSides });
      dispatch({ type: "held-done" });
      heading.current?.focus();
    },
    discardHeld() {
      revokeHeldPreview();
      dispatch({ type: "held-done" });
      heading.current?.focus();
    },
    /** On to the next side that still needs photos (a PDF of both sides finishes the back too), or to the review. */
    nextStep() {
      revokeHeldPreview();
      dispatch({ type: "next-step", missing });
    },
    retake(base: BaseContext) {
      revokeHeldPreview();
      forget(base);
      dispatch({ type: "retake", base });
    },
    async submit() {
      dispatch({ type: "submit" });
      const outcome = await askToSubmit(token);
      if (outcome.ok) return dispatch({ type: "submitted" });
      post({ type: "error", code: referenceCode({ code: outcome.code }, "unknown_submit") });
      const message = serverError(copy, { code: outcome.code }, "unknown_submit");
      dispatch({ type: "submit-refused", message, code: outcome.code, missing: outcome.missing });
    },
    /** A new attempt after a resubmission request: every photo let go of, from the first side. */
    recapture() {
      revokeHeldPreview();
      forget();
      void towardsCapture({ type: "recapture", problem: cameraProblemBeforeAsking() });
    },
  };
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
