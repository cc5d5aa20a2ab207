// Browser side: the face worker (face-worker.ts), started once per page and
// loaded while the document steps run, so the selfie's guidance is ready when
// the selfie is reached. Whatever goes wrong (no worker or WebAssembly here,
// a model file that does not arrive, a crash) leaves it unavailable, and the
// selfie falls back to the plain oval: the guidance helps, it never blocks.
import type { FaceSeen } from "./face-seen";
import type { FaceRequest, FaceResponse } from "./face-worker";

// ~4.5 MB to fetch, then ~0.5 s to compile: a phone on a slow link may take a
// while, and the document steps take longer still. Past this, it is not coming.
const LOAD_TIMEOUT_MS = 60_000;
// One frame takes 10-60 ms on this project's CI machine (bench/face-model.ts):
// a worker that has not answered in 5 s is stuck.
const ANALYSE_TIMEOUT_MS = 5_000;

/** The longer side of the copy of the preview the worker analyses: BlazeFace looks at 256 px whatever it is given, so a larger copy only costs its conversion. */
export const ANALYSED_SIDE = 320;

type State = { status: "loading" | "ready"; worker: Worker } | { status: "unavailable" };

let state: State | undefined;
let loaded: Promise<boolean> | undefined;
let nextId = 0;
// When the page was last sent to the background (performance.now()).
let hiddenAt = -Infinity;
const pending = new Map<number, (faces: FaceSeen[] | null) => void>();

/** Starts loading the model, once per page; resolves whether it is ready. */
export function loadFaceDetector(): Promise<boolean> {
  loaded ??= start();
  return loaded;
}

/** Whether frames can be analysed now. */
export function faceDetectorReady(): boolean {
  return state?.status === "ready";
}

function start(): Promise<boolean> {
  if (typeof Worker === "undefined" || typeof OffscreenCanvas === "undefined" || typeof WebAssembly === "undefined") {
    state = { status: "unavailable" };
    return Promise.resolve(false);
  }
  let worker: Worker;
  try {
    worker = new Worker(new URL("./face-worker.ts", import.meta.url), { type: "module", name: "face-detector" });
  } catch {
    state = { status: "unavailable" };
    return Promise.resolve(false);
  }
  state = { status: "loading", worker };
  document.addEventListener("visibilitychange", () => {
    if (document.hidden) hiddenAt = performance.now();
  });
  return new Promise((resolve) => {
    const timer = watchdog(LOAD_TIMEOUT_MS, () => resolve(giveUp()));
    worker.onmessage = ({ data }: MessageEvent<FaceResponse>) => {
      if (data.kind === "loaded" || data.kind === "failed") {
        timer.cancel();
        // Without WebAssembly, TensorFlow.js falls back to plain JavaScript, some 20 times slower: the
        // hints would lag the face by seconds and keep the phone busy. The plain oval is better.
        if (data.kind === "failed" || data.backend !== "wasm") return resolve(giveUp());
        state = { status: "ready", worker };
        return resolve(true);
      }
      pending.get(data.id)?.(data.kind === "faces" ? data.faces : null);
      pending.delete(data.id);
    };
    worker.onerror = () => {
      timer.cancel();
      resolve(giveUp());
    };
    worker.postMessage({ kind: "load" } satisfies FaceRequest);
  });
}

function giveUp(): false {
  if (state && state.status !== "unavailable") state.worker.terminate();
  state = { status: "unavailable" };
  for (const settle of pending.values()) settle(null);
  pending.clear();
  return false;
}

/** The faces in `frame` (which is handed over to the worker), or null when it could not be analysed. */
export function findFaces(frame: ImageBitmap): Promise<FaceSeen[] | null> {
  if (state?.status !== "ready") {
    frame.close();
    return Promise.resolve(null);
  }
  const { worker } = state;
  const id = nextId++;
  return new Promise((resolve) => {
    const timer = watchdog(ANALYSE_TIMEOUT_MS, giveUp);
    const settle = (faces: FaceSeen[] | null) => {
      timer.cancel();
      pending.delete(id);
      resolve(faces);
    };
    pending.set(id, settle);
    try {
      worker.postMessage({ kind: "analyse", id, frame } satisfies FaceRequest, [frame]);
    } catch {
      frame.close();
      settle(null);
    }
  });
}

/**
 * Calls `expire` after `ms`, unless cancelled first. A page sent to the
 * background (another app, a locked phone) freezes with its worker: time spent
 * there is no sign of a stuck worker, so the wait starts again on return.
 */
function watchdog(ms: number, expire: () => void): { cancel: () => void } {
  let armedAt = performance.now();
  let timer: ReturnType<typeof setTimeout>;
  const check = () => {
    if (document.hidden || hiddenAt > armedAt) {
      armedAt = performance.now();
      timer = setTimeout(check, ms);
    } else expire();
  };
  timer = setTimeout(check, ms);
  return { cancel: () => clearTimeout(timer) };
}
