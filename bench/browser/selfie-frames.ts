// The selfie frames bench/face-model.ts feeds the face worker, made with the
// e2e tests' scene maker (e2e/support/face-camera.ts, the head shots inside
// @vladmandic/human), and the check of the worker's answer to each.
import { FACE_PICTURE, FACE_SCENES, faceSceneRgb, type FaceHead } from "../../e2e/support/face-camera";
import type { FaceSeen } from "../../lib/capture/browser/face/face-seen";

export type Scene = "head" | "none" | "two";
export type SelfieFrame = { scene: Scene; heads: readonly FaceHead[]; rgba: Buffer };

/** Runs of frames (the head, drifting; no one; two people), shorter for a quick run. */
export const selfieSequence = (quick: boolean): [Scene, number][] =>
  quick
    ? [
        ["head", 4],
        ["none", 2],
        ["head", 4],
        ["two", 2],
        ["head", 4],
        ["none", 2],
        ["head", 2],
      ]
    : [
        ["head", 12],
        ["none", 4],
        ["head", 12],
        ["two", 4],
        ["head", 12],
        ["none", 4],
        ["head", 16],
      ];

/** As many faces as heads, each head with a face centred inside it. */
export function answeredRight(faces: readonly FaceSeen[], heads: readonly FaceHead[]): boolean {
  if (faces.length !== heads.length) return false;
  return heads.every(({ left, top, size }) =>
    faces.some(({ box }) => {
      const x = (box.x + box.width / 2) * FACE_PICTURE.width;
      const y = (box.y + box.height / 2) * FACE_PICTURE.height;
      return x >= left && x <= left + size && y >= top && y <= top + size;
    }),
  );
}

/**
 * The sequence's frames as raw RGBA. The head wanders as a hand holding a phone does: each frame a
 * step of up to 3 px in place and 2 px in size, within 24 px sideways and 12 px otherwise of where it started, and keeps
 * wandering behind the other scenes. Seeded, so every run sees the same frames.
 */
export async function selfieFrames(sequence: readonly [Scene, number][]): Promise<SelfieFrame[]> {
  const random = seeded(15);
  const step = (value: number, by: number, limit: number) =>
    Math.max(-limit, Math.min(limit, value + Math.round((random() * 2 - 1) * by)));
  const home = FACE_SCENES.find((scene) => scene.hint === null)!.heads[0];
  const still: Record<Exclude<Scene, "head">, readonly FaceHead[]> = {
    none: FACE_SCENES.find((scene) => scene.heads.length === 0)!.heads,
    two: FACE_SCENES.find((scene) => scene.heads.length === 2)!.heads,
  };
  let drift = { x: 0, y: 0, size: 0 };
  const shots: { scene: Scene; heads: readonly FaceHead[] }[] = [];
  for (const [scene, count] of sequence)
    for (let index = 0; index < count; index++) {
      drift = { x: step(drift.x, 3, 24), y: step(drift.y, 3, 12), size: step(drift.size, 2, 12) };
      const head = { ...home, left: home.left + drift.x, top: home.top + drift.y, size: home.size + drift.size };
      shots.push({ scene, heads: scene === "head" ? [head] : still[scene] });
    }
  const pictures = await Promise.all(shots.map((shot) => faceSceneRgb(shot.heads)));
  return shots.map((shot, index) => {
    const rgb = pictures[index]!;
    const rgba = Buffer.alloc((rgb.length / 3) * 4);
    for (let pixel = 0; pixel < rgb.length / 3; pixel++) {
      // A camera's sensor noise, a few levels either way.
      const noise = Math.round((random() * 2 - 1) * 3);
      for (let channel = 0; channel < 3; channel++)
        rgba[pixel * 4 + channel] = Math.max(0, Math.min(255, rgb[pixel * 3 + channel]! + noise));
      rgba[pixel * 4 + 3] = 255;
    }
    return { ...shot, rgba };
  });
}

/** mulberry32: a small seeded generator, so the frames are the same in every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
