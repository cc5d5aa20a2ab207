"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { newFrameId } from "@/lib/capture/browser/frame-id";
import { uploadFrame, worthRetrying, type UploadResult } from "@/lib/capture/browser/upload-frame";
import type { BaseContext } from "@/lib/capture/required-frames";
import type { CaptureState, StateFrame } from "@/lib/contracts/capture-api";
import { referenceCode } from "@/lib/i18n/server-error";
import type { Frame } from "./frame-tray";
import { useEmbedEvents } from "./use-embed-events";
import { useRevokeUnshownPreviews } from "./use-preview-urls";

const RESYNC_TRIES = 40;
const RESYNC_INTERVAL_MS = 3_000;

type NewFrame = Pick<Frame, "base" | "context" | "source" | "previewUrl" | "placeholder"> & { bothSides?: boolean };

/**
 * The photos of the current attempt and their uploads, which run in the
 * background while the user goes on. A photo keeps its bytes until Veriff
 * has acknowledged it, so one that failed after the upload's own retries can
 * be tried again as it is ("Try again"), without taking it anew; a photo let
 * go of (retaken, or a new attempt) is withdrawn, even while it waits for the
 * connection. `describeFailure` turns a refusal into the words the tray shows.
 */
export function useFrameUploads(
  token: string,
  initial: Pick<CaptureState, "frames" | "frameAnswerMs">,
  describeFailure: (result: UploadResult) => string,
) {
  const [frames, setFrames] = useState<Frame[]>(() => initial.frames.map(resumedFrame));
  const answerMs = initial.frameAnswerMs;
  // By frame key: the bytes of every photo Veriff has not acknowledged yet, and what withdraws its upload.
  const unsent = useRef(new Map<string, { blob: Blob; base: BaseContext; withdraw: AbortController }>());
  const describe = useRef(describeFailure);
  useEffect(() => {
    describe.current = describeFailure;
  }, [describeFailure]);
  useRevokeUnshownPreviews(frames);
  const post = useEmbedEvents();

  /**
   * The side as the server has it: after it refused a second proof of address,
   * the one it holds stands. Asked again for a while when that one is still on
   * its way (from another device).
   */
  const resync = useCallback(
    async (base: BaseContext) => {
      for (let asked = 0; asked < RESYNC_TRIES; asked++) {
        if (asked > 0) await new Promise((resolve) => setTimeout(resolve, RESYNC_INTERVAL_MS));
        const response = await fetch(`/api/capture/${encodeURIComponent(token)}`, { cache: "no-store" }).catch(
          () => null,
        );
        const state: CaptureState | null = response?.ok ? await response.json().catch(() => null) : null;
        const held = (state?.frames ?? []).map(resumedFrame).filter((frame) => frame.base === base);
        if (!held.length) continue;
        for (const [key, kept] of unsent.current) if (kept.base === base) unsent.current.delete(key);
        return setFrames((current) => [...current.filter((frame) => frame.base !== base), ...held]);
      }
    },
    [token],
  );

  const upload = useCallback(
    (frame: Frame, blob: Blob, signal: AbortSignal) => {
      const update = (change: Partial<Frame>) =>
        setFrames((current) => current.map((item) => (item.key === frame.key ? { ...item, ...change } : item)));
      const options = { frameId: frame.key, answerMs, source: frame.source, bothSides: frame.bothSides, signal };
      void uploadFrame(token, frame.context, blob, (progress) => update({ progress }), options).then((result) => {
        // Withdrawn meanwhile: nothing left to update or to keep.
        if (!result || !unsent.current.has(frame.key)) return;
        if (result.ok) {
          unsent.current.delete(frame.key);
          post({ type: "frame_uploaded", context: frame.context });
          return update({ state: "done", progress: 1, error: undefined });
        }
        update({ state: "failed", error: describe.current(result), retryable: worthRetrying(result) });
        post({ type: "error", code: referenceCode(result.body?.error, "unknown_upload") });
        if (result.body?.error?.code === "address_already_sent") void resync(frame.base);
      });
    },
    [token, answerMs, resync, post],
  );

  const send = useCallback(
    (blob: Blob, taken: NewFrame) => {
      // The key is the frame's id for the server too: the same on every try.
      const frame: Frame = { key: newFrameId(), ...taken, progress: 0, state: "uploading" };
      const withdraw = new AbortController();
      unsent.current.set(frame.key, { blob, base: frame.base, withdraw });
      setFrames((current) => [...current, frame]);
      upload(frame, blob, withdraw.signal);
    },
    [upload],
  );

  const retry = useCallback(
    (key: string) => {
      const frame = frames.find((item) => item.key === key);
      const kept = unsent.current.get(key);
      if (!frame || !kept || frame.state !== "failed") return;
      setFrames((current) =>
        current.map((item) =>
          item.key === key ? { ...item, state: "uploading", progress: 0, error: undefined } : item,
        ),
      );
      upload(frame, kept.blob, kept.withdraw.signal);
    },
    [frames, upload],
  );

  /** Lets go of a side's photos (retaken) or of all of them (a new attempt): uploads still running or waiting are withdrawn. */
  const forget = useCallback((base?: BaseContext) => {
    const gone = (item: { base: BaseContext }) => base === undefined || item.base === base;
    for (const [key, kept] of unsent.current) {
      if (!gone(kept)) continue;
      kept.withdraw.abort();
      unsent.current.delete(key);
    }
    setFrames((current) => current.filter((frame) => !gone(frame)));
  }, []);

  return { frames, send, retry, forget };
}

function resumedFrame(frame: StateFrame): Frame {
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
