// The page bench/face-model.ts loads in headless Chromium: it drives the face
// worker (lib/capture/browser/face/face-worker.ts, bundled) as the capture page
// does (face-detector.ts: post "load", then one frame at a time, transferred)
// and samples a canvas that stands in for the selfie preview as
// components/capture/use-face-hint.ts samples the <video>: an ANALYSED_SIDE px ImageBitmap,
// the next one 250 ms after the answer, never two in the worker at once.
import { ANALYSED_SIDE } from "@/lib/capture/browser/face/face-detector";
import type { FaceSeen } from "@/lib/capture/browser/face/face-seen";
import type { FaceRequest, FaceResponse, FaceTuning } from "@/lib/capture/browser/face/face-worker";

// As use-face-hint.ts.
const SAMPLE_INTERVAL_MS = 250;
// A front camera's usual stream: the frames are drawn at this size, so making the smaller copy is a real downscale.
const PREVIEW = { width: 1280, height: 720 };

export type FaceSample = { index: number; workerMs: number; roundTripMs: number; bitmapMs: number; faces: FaceSeen[] };

const workers = new Map<string, Worker>();
let frames: ImageBitmap[] = [];

/** A fresh worker for `name` (any earlier one ended): milliseconds on this page's clock from its creation to "loaded". */
async function load(name: string, tuning?: FaceTuning) {
  workers.get(name)?.terminate();
  workers.delete(name);
  const started = performance.now();
  const worker = new Worker("/face-worker.js", { type: "module", name: "face-detector" });
  const answer = await new Promise<FaceResponse>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<FaceResponse>) => resolve(data);
    worker.onerror = (event) => reject(new Error(`the worker failed: ${event.message}`));
    // The page sends no tuning: the product's settings are the plain request.
    worker.postMessage((tuning ? { kind: "load", tuning } : { kind: "load" }) satisfies FaceRequest);
  });
  const ms = performance.now() - started;
  if (answer.kind !== "loaded") {
    worker.terminate();
    throw new Error(`${name} did not load: ${JSON.stringify(answer)}`);
  }
  workers.set(name, worker);
  return { ms, workerMs: answer.ms, backend: answer.backend };
}

/** Fetches the frames (raw RGBA of `width` x `height`) before any timing starts. */
async function setFrames(count: number, width: number, height: number) {
  frames = await Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const rgba = new Uint8ClampedArray(await (await fetch(`/frames/${index}`)).arrayBuffer());
      return createImageBitmap(new ImageData(rgba, width, height));
    }),
  );
}

/** Every frame in turn through worker `name`, at the page's pace. */
async function run(name: string): Promise<FaceSample[]> {
  const worker = workers.get(name);
  if (!worker) throw new Error(`${name} is not loaded`);
  const preview = document.createElement("canvas");
  preview.width = PREVIEW.width;
  preview.height = PREVIEW.height;
  document.body.append(preview);
  const context = preview.getContext("2d")!;
  const scale = ANALYSED_SIDE / Math.max(PREVIEW.width, PREVIEW.height);
  const samples: FaceSample[] = [];
  let id = 0;
  for (const [index, frame] of frames.entries()) {
    context.drawImage(frame, 0, 0, PREVIEW.width, PREVIEW.height);
    const started = performance.now();
    const bitmap = await createImageBitmap(preview, {
      resizeWidth: Math.round(PREVIEW.width * scale),
      resizeHeight: Math.round(PREVIEW.height * scale),
      resizeQuality: "low",
    });
    const bitmapMs = performance.now() - started;
    const answer = await new Promise<FaceResponse>((resolve) => {
      worker.onmessage = ({ data }: MessageEvent<FaceResponse>) => resolve(data);
      worker.postMessage({ kind: "analyse", id: id++, frame: bitmap } satisfies FaceRequest, [bitmap]);
    });
    const roundTripMs = performance.now() - started;
    if (answer.kind !== "faces") throw new Error(`${name}, frame ${index}: ${JSON.stringify(answer)}`);
    samples.push({ index, workerMs: answer.ms, roundTripMs, bitmapMs, faces: answer.faces });
    await new Promise((resolve) => setTimeout(resolve, SAMPLE_INTERVAL_MS));
  }
  preview.remove();
  return samples;
}

Object.assign(window, { faceBench: { load, setFrames, run } });
