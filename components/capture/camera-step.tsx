"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import Webcam from "react-webcam";
import { CAMERA_TRACK_ENDED, watchCameraTrack } from "@/lib/capture/browser/camera-track";
import { waitForPicture } from "@/lib/capture/browser/encode-frame";
import { encodeCameraFrame } from "@/lib/capture/browser/frame-encoder";
import { guideRegion, wholePixels, withMargin } from "@/lib/capture/browser/guide-region";
import { AutoCaptureCountdown } from "./auto-capture-countdown";
import { AutoCaptureSwitch } from "./auto-capture-switch";
import { ContinueOnPhone } from "./continue-on-phone";
import { useCopy } from "./use-copy";
import { GuideOverlay } from "./guide-overlay";
import { QualityHintRegion } from "./quality-hint";
import type { CaptureStep } from "./steps";
import { useAutoCapture } from "./use-auto-capture";
import { useAutoCapturePreference } from "./use-auto-capture-preference";
import { useFaceHint } from "./use-face-hint";
import { useQualityHint } from "./use-quality-hint";

// Frames of one side are taken this far apart, so Veriff sees several moments.
const FRAME_INTERVAL_MS = 400;

export interface TakenFrame {
  index: number;
  blob: Blob;
  width: number;
  height: number;
  /** Taken while a quality hint was showing: maybe hard to read. */
  hardToRead: boolean;
}

/**
 * The live preview with its guide, and a shutter that takes `frames` frames a
 * short interval apart; the same shot taken by itself once the picture is
 * clear and steady (use-auto-capture.ts), unless switched off: on a
 * document's steps, and on the selfie while the face model guides it.
 */
export function CameraStep({
  step,
  frames,
  autoCapture,
  taken,
  onFrame,
  onCameraError,
}: {
  step: CaptureStep;
  frames: number;
  /** Whether the server lets the page take photos by itself (CAPTURE_AUTO). */
  autoCapture: boolean;
  /** This side has photos already: none is taken by itself until they are retaken. */
  taken: boolean;
  onFrame: (frame: TakenFrame) => void;
  onCameraError: (error: string) => void;
}) {
  const copy = useCopy().camera;
  const webcam = useRef<Webcam>(null);
  const [ready, setReady] = useState(false);
  const [taking, setTaking] = useState(false);
  const [flash, setFlash] = useState(false);
  const [facingMode, setFacingMode] = useState<"user" | "environment">(step.guide === "face" ? "user" : "environment");
  const guide = useRef<HTMLDivElement>(null);
  const videoElement = useCallback(() => webcam.current?.video, []);
  const selfie = step.guide === "face";
  const quality = useQualityHint(videoElement, guide, selfie ? "face" : "document", ready);
  const face = useFaceHint(videoElement, guide, selfie && ready);
  // The light and steadiness first: in the dark or a blur, no face can be found.
  const hint = quality.hint ?? face.hint;
  // On the selfie, steady also means the face model's latest verdict was "well placed", not only its calm hint.
  const steady = quality.steady && (!selfie || face.clear);
  // Photos taken while a hint was showing: the user may want to retake them.
  const [hardToRead, setHardToRead] = useState(false);
  const stopWatchingTrack = useRef<(() => void) | null>(null);
  useEffect(() => () => stopWatchingTrack.current?.(), []);

  // The shutter and a countdown ending in the same moment must not take the side twice.
  const takingNow = useRef(false);
  async function takeFrames() {
    const video = webcam.current?.video;
    if (!video || takingNow.current) return;
    takingNow.current = true;
    const doubtful = hint !== null;
    setHardToRead(doubtful);
    setTaking(true);
    try {
      for (let index = 0; index < frames; index++) {
        if (index > 0) await new Promise((resolve) => setTimeout(resolve, FRAME_INTERVAL_MS));
        setFlash(true);
        setTimeout(() => setFlash(false), 120);
        // A page is read for its small print: only the part inside its guide is sent, at the camera's full resolution.
        const picture = { width: video.videoWidth, height: video.videoHeight };
        const crop =
          step.guide === "page" && guide.current
            ? wholePixels(
                withMargin(
                  guideRegion(picture, video.getBoundingClientRect(), guide.current.getBoundingClientRect()),
                  0.1,
                  picture,
                ),
                picture,
              )
            : undefined;
        const encoded = await encodeCameraFrame(video, crop);
        onFrame({ index, ...encoded, hardToRead: doubtful });
      }
    } catch (error) {
      onCameraError(error instanceof Error ? error.message : String(error));
    } finally {
      takingNow.current = false;
      setTaking(false);
    }
  }

  // A selfie only while the face model guides: without it, "no hint" says nothing about the face.
  const autoHere = autoCapture && (!selfie || face.guiding);
  const [autoOn, setAutoOn] = useAutoCapturePreference();
  const auto = useAutoCapture({
    enabled: autoHere && autoOn && ready && !taking && !taken,
    hint,
    steady,
    onFire: takeFrames,
  });

  return (
    <div>
      <div className="relative overflow-hidden rounded-2xl bg-black" style={{ aspectRatio: "16 / 9" }}>
        <Webcam
          ref={webcam}
          audio={false}
          mirrored={facingMode === "user"}
          forceScreenshotSourceSize
          screenshotFormat="image/jpeg"
          videoConstraints={{ facingMode, width: { ideal: 2560 }, height: { ideal: 1440 } }}
          onUserMedia={(stream) => {
            // A new stream after a camera switch: only its track matters now.
            stopWatchingTrack.current?.();
            stopWatchingTrack.current = watchCameraTrack(stream, () => onCameraError(CAMERA_TRACK_ENDED));
            const video = webcam.current?.video;
            if (video)
              void waitForPicture(video).then(
                () => setReady(true),
                (error: Error) => onCameraError(error.message),
              );
          }}
          onUserMediaError={(error) => onCameraError(typeof error === "string" ? error : error.name)}
          className="size-full object-cover"
        />
        <GuideOverlay guide={step.guide} ref={guide} />
        <QualityHintRegion hint={hint} />
        <AutoCaptureCountdown state={auto} />
        {flash && <div className="absolute inset-0 bg-white/70" aria-hidden="true" />}
      </div>
      <div className="mt-4 flex items-center justify-center gap-6">
        <button
          type="button"
          onClick={() => {
            // The other camera's stream starts anew: no shot until it has a picture.
            setReady(false);
            setFacingMode((mode) => (mode === "user" ? "environment" : "user"));
          }}
          className="min-h-11 rounded-xl border border-neutral-300 px-4 text-sm font-medium dark:border-neutral-700"
        >
          {copy.switch}
        </button>
        <button
          type="button"
          onClick={takeFrames}
          disabled={!ready || taking}
          aria-label={copy.take(frames)}
          className="size-18 rounded-full border-4 border-accent-600 bg-white shadow-md transition hover:scale-105 focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-accent-500 disabled:opacity-50"
        />
        <span className="min-w-24 text-sm text-neutral-600 dark:text-neutral-400" aria-live="polite">
          {!ready ? copy.starting : taking ? copy.holdStill : copy.count(frames)}
        </span>
      </div>
      {autoHere && <AutoCaptureSwitch on={autoOn} onChange={setAutoOn} />}
      <p className="mt-3 text-center text-sm text-amber-800 dark:text-amber-200" aria-live="polite">
        {hardToRead && !taking ? (selfie ? copy.faceUnclear(frames) : copy.hardToRead(frames)) : ""}
      </p>
      <div className="flex justify-center">
        <ContinueOnPhone desktopOnly />
      </div>
    </div>
  );
}
