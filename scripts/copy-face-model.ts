// Copies the face model and its WebAssembly runtime from node_modules into
// public/face-model/ (lib/capture/browser/face/face-model.ts says which files
// and where): `npm run dev` (scripts/stack.ts) and `npm run build`
// (scripts/finish-build.ts) call it. Refuses when the installed packages are
// not the versions that folder is named after: the runtime must be the one
// @vladmandic/human's bundle was built with.
import fs from "node:fs";
import path from "node:path";
import {
  FACE_MODEL_FILES,
  FACE_MODEL_PATH,
  FACE_RUNTIME_FILES,
  HUMAN_VERSION,
  TFJS_VERSION,
} from "../lib/capture/browser/face/face-model";

const HUMAN = "node_modules/@vladmandic/human";
const RUNTIME = "node_modules/@tensorflow/tfjs-backend-wasm";
const PUBLIC_ROOT = "public/face-model";

/** Copies the files; throws when the installed versions are not face-model.ts's. */
export function copyFaceModel(): void {
  const problems = [
    versionOf(HUMAN) !== HUMAN_VERSION &&
      `@vladmandic/human is ${versionOf(HUMAN)}, face-model.ts names ${HUMAN_VERSION}`,
    bundledTfjs() !== TFJS_VERSION &&
      `@vladmandic/human bundles TensorFlow.js ${bundledTfjs()}, face-model.ts names ${TFJS_VERSION}`,
    versionOf(RUNTIME) !== TFJS_VERSION &&
      `@tensorflow/tfjs-backend-wasm is ${versionOf(RUNTIME)}, face-model.ts names ${TFJS_VERSION}`,
  ].filter(Boolean);
  if (problems.length > 0)
    throw new Error(`${problems.join("; ")}: install the matching versions, then update face-model.ts`);

  const target = path.join("public", FACE_MODEL_PATH);
  // Older versions' folders go: public/ is copied whole into every build.
  fs.rmSync(PUBLIC_ROOT, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  for (const file of FACE_MODEL_FILES) fs.copyFileSync(path.join(HUMAN, "models", file), path.join(target, file));
  for (const file of FACE_RUNTIME_FILES) fs.copyFileSync(path.join(RUNTIME, "dist", file), path.join(target, file));
}

const versionOf = (folder: string) =>
  (JSON.parse(fs.readFileSync(path.join(folder, "package.json"), "utf8")) as { version: string }).version;
// The bundle names the TensorFlow.js it was built with: var e="4.22.0";...
const bundledTfjs = () =>
  /"(\d+\.\d+\.\d+)"/.exec(fs.readFileSync(path.join(HUMAN, "dist/tfjs.version.js"), "utf8"))?.[1];
