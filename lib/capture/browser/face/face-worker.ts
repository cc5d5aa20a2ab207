// Runs in a Web Worker: finds faces in the selfie preview with
// @vladmandic/human (BlazeFace to find them, FaceMesh to place the eyelids) on
// TensorFlow.js's WebAssembly backend, so the page's own thread only grabs a
// small frame four times a second. The model and the runtime come from this
// app's own origin (face-model.ts). The benchmark: bench/face-model.ts.
import { Human, type Config } from "@vladmandic/human";
import { FACE_MODEL_PATH } from "./face-model";
import { faceSeen, type FaceSeen } from "./face-seen";

export type FaceRequest = { kind: "load"; tuning?: FaceTuning } | { kind: "analyse"; id: number; frame: ImageBitmap };
/**
 * Overrides of the settings below, which exist for bench/face-model.ts only (it measures the product's settings
 * beside these): the page never sends them. `tracking: false` runs the detector on every frame.
 */
export type FaceTuning = { backend?: "wasm" | "webgl"; tracking?: boolean };
export type FaceResponse =
  // backend: the one TensorFlow.js runs on (a backend that cannot start leaves it on another).
  | { kind: "loaded"; ms: number; backend: string }
  | { kind: "failed"; error: string }
  | { kind: "faces"; id: number; faces: FaceSeen[]; ms: number }
  | { kind: "not-analysed"; id: number; error: string };

const config: Partial<Config> = {
  // WebAssembly runs alike on every device with or without a GPU, and in a worker (WebGL needs OffscreenCanvas
  // with WebGL, which older Safari lacks; measured slower than WASM on this project's CI machine as well).
  backend: "wasm",
  wasmPath: FACE_MODEL_PATH,
  modelBasePath: FACE_MODEL_PATH,
  // Cached by HTTP (a versioned folder), not in the user's IndexedDB.
  cacheModels: false,
  debug: false,
  warmup: "none",
  face: {
    enabled: true,
    // Two faces are enough to say "more than one"; a face turned sideways is not a selfie, so no rotation.
    // Between detector runs, FaceMesh follows the faces already found (about a third of the time); the
    // detector looks again at least every fourth frame or second, so a face that enters is seen soon.
    detector: {
      enabled: true,
      rotation: false,
      maxDetected: 2,
      minConfidence: 0.5,
      return: false,
      skipFrames: 3,
      skipTime: 1_000,
    },
    mesh: { enabled: true },
    iris: { enabled: false },
    emotion: { enabled: false },
    description: { enabled: false },
    antispoof: { enabled: false },
    liveness: { enabled: false },
    attention: { enabled: false },
  },
  body: { enabled: false },
  hand: { enabled: false },
  object: { enabled: false },
  gesture: { enabled: false },
  segmentation: { enabled: false },
  // The picture is analysed as the camera gives it: no filters to run first.
  filter: { enabled: false },
};

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<FaceRequest>) => void) | null;
  postMessage(message: FaceResponse): void;
};

let human: Human | undefined;

scope.onmessage = ({ data }) => {
  if (data.kind === "load") void load(data.tuning).then(scope.postMessage.bind(scope));
  else void analyse(data.id, data.frame).then(scope.postMessage.bind(scope));
};

async function load(tuning?: FaceTuning): Promise<FaceResponse> {
  const started = performance.now();
  try {
    human = new Human(tuning ? tuned(tuning) : config);
    await human.load();
    // The first run compiles the runtime's kernels: done now, not on the user's first selfie frame.
    await human.detect(new OffscreenCanvas(64, 64));
    return { kind: "loaded", ms: performance.now() - started, backend: String(human.tf.getBackend()) };
  } catch (error) {
    human = undefined;
    return { kind: "failed", error: error instanceof Error ? error.message : String(error) };
  }
}

function tuned({ backend = "wasm", tracking = true }: FaceTuning): Partial<Config> {
  if (tracking) return { ...config, backend };
  const detector = { ...config.face?.detector, skipFrames: 0, skipTime: 0 };
  return { ...config, backend, cacheSensitivity: 0, face: { ...config.face, detector } };
}

async function analyse(id: number, frame: ImageBitmap): Promise<FaceResponse> {
  const started = performance.now();
  try {
    if (!human) throw new Error("the model is not loaded");
    const result = await human.detect(frame);
    const faces = result.face.map((face) => faceSeen(face, frame));
    return { kind: "faces", id, faces, ms: performance.now() - started };
  } catch (error) {
    return { kind: "not-analysed", id, error: error instanceof Error ? error.message : String(error) };
  } finally {
    frame.close();
  }
}
