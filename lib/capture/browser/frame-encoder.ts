// Browser side: JPEG encoding in a worker where the browser can (VideoFrame and
// OffscreenCanvas), on the main thread otherwise. Both give the same result:
// at most 1920 px on the longer side, JPEG quality 0.9.
import { drawToJpeg, encodeVideoFrame, waitForPicture, type EncodedFrame } from "./encode-frame";
import type { EncodeRequest, EncodeResponse } from "./encode-worker";

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
    pending.get(data.id)?.(data);
    pending.delete(data.id);
  };
  // A worker that cannot load or crashes: whatever it held is redone on the main thread, and so is all that follows.
  worker.onerror = () => {
    worker?.terminate();
    worker = null;
    for (const settle of pending.values()) settle(null);
    pending.clear();
  };
  return worker;
}

type WithoutId<T> = T extends unknown ? Omit<T, "id"> : never;

function inWorker(target: Worker, request: WithoutId<EncodeRequest>, transfer: Transferable[] = []): Promise<EncodedFrame | null> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, (response) => resolve(response?.ok ? { blob: response.blob, width: response.width, height: response.height } : null));
    target.postMessage({ ...request, id }, transfer);
  });
}

/** One frame of the live video as a JPEG. */
export async function encodeCameraFrame(video: HTMLVideoElement): Promise<EncodedFrame> {
  const target = encoderWorker();
  if (target && typeof VideoFrame !== "undefined") {
    await waitForPicture(video);
    const frame = new VideoFrame(video);
    const encoded = await inWorker(target, { kind: "frame", frame }, [frame]);
    if (encoded) return encoded;
  }
  return encodeVideoFrame(video);
}

/** A chosen photo decoded and redrawn as a JPEG; null when this browser cannot decode it (a HEIC outside Safari). */
export async function encodeFile(file: Blob): Promise<EncodedFrame | null> {
  const target = encoderWorker();
  const encoded = target ? await inWorker(target, { kind: "file", file }) : null;
  if (encoded) return encoded;
  // Not in a worker, or the worker could not decode it: some browsers decode more formats on the main thread.
  const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" }).catch(() => null);
  if (!bitmap) return null;
  try {
    return await drawToJpeg(bitmap, bitmap.width, bitmap.height);
  } finally {
    bitmap.close();
  }
}
