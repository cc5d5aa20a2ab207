"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { newFrameId } from "@/lib/capture/browser/frame-id";
import { uploadFrame, type UploadResult } from "@/lib/capture/browser/upload-frame";
import type { BaseContext } from "@/lib/capture/required-frames";
import type { Frame } from "./frame-tray";
import { useRevokeUnshownPreviews } from "./use-preview-urls";

/** A frame as the server listed it after a reload: Veriff has it, the page has no picture of it. */
export interface AcknowledgedFrame {
  id: string;
  context: string;
  source: "camera" | "file" | "integrator";
  mimeType: string;
  bothSides: boolean;
}

type NewFrame = Pick<Frame, "base" | "context" | "source" | "previewUrl" | "placeholder"> & { bothSides?: boolean };

/**
 * The photos of the current attempt and their uploads, which run in the
 * background while the user goes on. A photo keeps its bytes until Veriff
 * has acknowledged it, so one that failed after the upload's own retries can
 * be tried again as it is ("Try again"), without taking it anew.
 * `describeFailure` turns a refusal into the words the tray shows.
 */
export function useFrameUploads(token: string, acknowledged: AcknowledgedFrame[], describeFailure: (result: UploadResult) => string) {
  const [frames, setFrames] = useState<Frame[]>(() => acknowledged.map(resumedFrame));
  // By frame key: the bytes of every photo Veriff has not acknowledged yet.
  const unsent = useRef(new Map<string, { blob: Blob; base: BaseContext }>());
  const describe = useRef(describeFailure);
  useEffect(() => {
    describe.current = describeFailure;
  }, [describeFailure]);
  useRevokeUnshownPreviews(frames);

  const upload = useCallback(
    (frame: Frame, blob: Blob) => {
      const update = (change: Partial<Frame>) => setFrames((current) => current.map((item) => (item.key === frame.key ? { ...item, ...change } : item)));
      const options = { frameId: frame.key, source: frame.source, bothSides: frame.bothSides };
      void uploadFrame(token, frame.context, blob, (progress) => update({ progress }), options).then((result) => {
        // Retaken or started over meanwhile: nothing left to update or to keep.
        if (!unsent.current.has(frame.key)) return;
        if (result.ok) unsent.current.delete(frame.key);
        update(result.ok ? { state: "done", progress: 1, error: undefined } : { state: "failed", error: describe.current(result) });
      });
    },
    [token],
  );

  const send = useCallback(
    (blob: Blob, taken: NewFrame) => {
      // The key is the frame's id for the server too: the same on every try.
      const frame: Frame = { key: newFrameId(), ...taken, progress: 0, state: "uploading" };
      unsent.current.set(frame.key, { blob, base: frame.base });
      setFrames((current) => [...current, frame]);
      upload(frame, blob);
    },
    [upload],
  );

  const retry = useCallback(
    (key: string) => {
      const frame = frames.find((item) => item.key === key);
      const kept = unsent.current.get(key);
      if (!frame || !kept || frame.state !== "failed") return;
      setFrames((current) => current.map((item) => (item.key === key ? { ...item, state: "uploading", progress: 0, error: undefined } : item)));
      upload(frame, kept.blob);
    },
    [frames, upload],
  );

  /** Lets go of a side's photos (retaken) or of all of them (a new attempt); uploads still running are forgotten. */
  const forget = useCallback((base?: BaseContext) => {
    const gone = (item: { base: BaseContext }) => base === undefined || item.base === base;
    for (const [key, kept] of unsent.current) if (gone(kept)) unsent.current.delete(key);
    setFrames((current) => current.filter((frame) => !gone(frame)));
  }, []);

  return { frames, send, retry, forget };
}

function resumedFrame(frame: AcknowledgedFrame): Frame {
  return {
    key: frame.id,
    base: frame.context.replace(/-pre$/, "") as BaseContext,
    context: frame.context,
    source: frame.source === "file" ? "file" : "camera",
    bothSides: frame.bothSides,
    previewUrl: null,
    placeholder: frame.mimeType === "application/pdf" ? "pdf" : "earlier",
    progress: 1,
    state: "done",
  };
}
