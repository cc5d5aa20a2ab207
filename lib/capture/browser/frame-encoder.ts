// Browser side: JPEG encoding in a worker where the browser can (VideoFrame and
// OffscreenCanvas), on the main thread otherwise. Both give the same result:
// at most 1920 px on the longer side, JPEG quality 0.9.
import { decodeOptions, drawToJpeg, encodeVideoFrame, waitForPicture, type EncodedFrame } from "./encode-frame";
import type { Box } from "./guide-region";
import type { EncodeRequest, EncodeResponse } from "./encode-worker";

// A worker encodes a frame in ~30 ms and a 12-megapixel file in ~100 ms: one
// that has not answered in 10 s never will, and the user must not wait on it.
const WORKER_TIMEOUT_MS = 10_000;

// undefined: not started yet; null: no worker in this browser (or it failed once): the main thread does the work.
let worker: Worker | null | undefined;
let nextId = 0;
const pending = new Map<number, (response: EncodeResponse | null) => void>();

function encoderWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === "undefined" || typeof OffscreenCanvas === "undefined") return (worker = null);
  try {
    worker = new Worker(new URL("./encode-worker.ts", import.meta.url), { type: "module", name: "frame-encoder" });
  } catch {
    return (worker = null);
  }
  worker.onmessage = ({ data }: MessageEvent<EncodeResponse>) => {
    // The worker could not read a request: this browser cannot send it what we send.
    if (data.id === null) return stopWorker();
    pending.get(data.id)?.(data);
    pending.delete(data.id);
  };
  // A worker that cannot load, crashes, or sends what cannot be read: whatever
  // it held is redone on the main thread, and so is all that follows.
  worker.onerror = stopWorker;
  worker.onmessageerror = stopWorker;
  return worker;
}

function stopWorker() {
  worker?.terminate();
  worker = null;
  for (const settle of pending.values()) settle(null);
  pending.clear();
}

type WithoutId<T> = T extends unknown ? Omit<T, "id"> : never;

/** The worker's JPEG, or null when it failed or took too long; throws when the request cannot even be posted. */
function inWorker(
  target: Worker,
  request: WithoutId<EncodeRequest>,
  transfer: Transferable[] = [],
): Promise<EncodedFrame | null> {
  const id = nextId++;
  return new Promise((resolve) => {
    const timer = setTimeout(stopWorker, WORKER_TIMEOUT_MS);
    pending.set(id, (response) => {
      clearTimeout(timer);
      resolve(response?.ok ? { blob: response.blob, width: response.width, height: response.height } : null);
    });
    try {
      target.postMessage({ ...request, id }, transfer);
    } catch (error) {
      clearTimeout(timer);
      pending.delete(id);
      throw error; // rejects this promise
    }
  });
}

/** One frame of the live video as a JPEG; `crop`: only that part of it (in the video's pixels). */
export async function encodeCameraFrame(video: HTMLVideoElement, crop?: Box): Promise<EncodedFrame> {
  const target = encoderWorker();
  if (target && typeof VideoFrame !== "undefined") {
    await waitForPicture(video);
    let frame: VideoFrame | undefined;
    try {
      frame = new VideoFrame(video);
      const encoded = await inWorker(target, { kind: "frame", frame, crop }, [frame]);
      if (encoded) return encoded;
    } catch {
      // A VideoFrame this browser cannot make or transfer (InvalidStateError,
      // DataCloneError) will fail the same way for every frame: stop trying.
      // An untransferred frame is released here, or it stalls the camera's pool
      // (closing a transferred one does nothing).
      frame?.close();
      stopWorker();
    }
  }
  return encodeVideoFrame(video, crop);
}

/**
 * A chosen photo decoded and redrawn as a JPEG; null when this browser cannot
 * decode it (a HEIC outside Safari). `fit`: the size to decode it at, when known.
 */
export async function encodeFile(file: Blob, fit?: { width: number; height: number }): Promise<EncodedFrame | null> {
  const target = encoderWorker();
  let encoded: EncodedFrame | null = null;
  try {
    encoded = target ? await inWorker(target, { kind: "file", file, fit }) : null;
  } catch {
    stopWorker(); // this browser cannot send a file to a worker
  }
  if (encoded) return encoded;
  // Not in a worker, or the worker could not decode it: some browsers decode more formats on the main thread.
  const bitmap = await createImageBitmap(file, decodeOptions(fit)).catch(() => null);
  if (!bitmap) return null;
  try {
    return await drawToJpeg(bitmap, { x: 0, y: 0, width: bitmap.width, height: bitmap.height });
  } finally {
    bitmap.close();
  }
}
