// Where the face model lives: files of @vladmandic/human and of the
// TensorFlow.js WebAssembly runtime its bundle was built with, which
// scripts/copy-face-model.ts copies into public/ so the page loads them from
// its own origin, never a CDN. The folder is named after both versions, so
// browsers may keep it for good (next.config.mjs) and an upgrade is a new URL.
export const HUMAN_VERSION = "3.3.6";
export const TFJS_VERSION = "4.22.0";
export const FACE_MODEL_PATH = `/face-model/human-${HUMAN_VERSION}-tfjs-${TFJS_VERSION}/`;

/** BlazeFace finds faces; FaceMesh places 468 points on each, the eyelids among them. */
export const FACE_MODEL_FILES = ["blazeface.json", "blazeface.bin", "facemesh.json", "facemesh.bin"] as const;
/** The runtime, with SIMD where the browser has it and without where not. */
export const FACE_RUNTIME_FILES = ["tfjs-backend-wasm-simd.wasm", "tfjs-backend-wasm.wasm"] as const;
