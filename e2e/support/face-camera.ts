// A selfie clip for Chromium's fake camera, made at test time from the face
// photos that ship inside @vladmandic/human (its demo screenshot): scenes of
// FACE_SCENE_SECONDS each, looped by the camera, that the face guidance must
// tell apart. 640x360 keeps the clip small; the guidance looks at 640 px anyway.
import path from "node:path";
import sharp from "sharp";
import { toYuv, writeClip } from "./fake-camera";

const WIDTH = 640;
const HEIGHT = 360;
export const FACE_PICTURE = { width: WIDTH, height: HEIGHT };
const FPS = 5;
export const FACE_SCENE_SECONDS = 4;
const PHOTOS = path.resolve("node_modules/@vladmandic/human/assets/screenshot-facedetect.jpg");
// Two of the head shots along the screenshot's lower row, 148 px square.
const HEADS = [
  { left: 11, top: 349, width: 148, height: 148 },
  { left: 166, top: 349, width: 148, height: 148 },
];
/** A plain wall behind the person. */
const WALL = { r: 154, g: 145, b: 134 };

/** Each scene in the clip's order: what the face guidance should say (null: nothing, the face is well placed). */
export const FACE_SCENES = [
  { hint: "No face found: look into the camera", heads: [] },
  {
    hint: "Only you in the picture, please",
    heads: [
      { photo: 0, size: 170, left: 120, top: 95 },
      { photo: 1, size: 170, left: 350, top: 95 },
    ],
  },
  { hint: "Too far: come a little closer", heads: [{ photo: 0, size: 80, left: 280, top: 140 }] },
  { hint: "Put your face in the oval", heads: [{ photo: 0, size: 200, left: 60, top: 80 }] },
  { hint: null, heads: [{ photo: 0, size: 200, left: 220, top: 80 }] },
] as const;

export async function faceClip(file: string): Promise<string> {
  const scenes = await Promise.all(FACE_SCENES.map(({ heads }) => faceSceneRgb(heads)));
  const framesPerScene = FACE_SCENE_SECONDS * FPS;
  return writeClip(file, WIDTH, HEIGHT, scenes.length * framesPerScene, (frame) => {
    const rgb = scenes[Math.floor(frame / framesPerScene)]!;
    return (column, row) => {
      const at = (row * WIDTH + column) * 3;
      return toYuv(rgb[at]!, rgb[at + 1]!, rgb[at + 2]!);
    };
  });
}

/** A head shot of `size` px square at (left, top) of the picture; `photo` picks which. */
export type FaceHead = { photo: 0 | 1; size: number; left: number; top: number };

/** One picture of FACE_PICTURE's size with these heads on the wall, as raw RGB (bench/face-model.ts makes its frames with it). */
export async function faceSceneRgb(heads: readonly FaceHead[]): Promise<Buffer> {
  const layers = await Promise.all(
    heads.map(async ({ photo, size, left, top }) => ({
      input: await sharp(PHOTOS).extract(HEADS[photo]!).resize(size, size).toBuffer(),
      left,
      top,
    })),
  );
  return sharp({ create: { width: WIDTH, height: HEIGHT, channels: 3, background: WALL } })
    .composite(layers)
    .removeAlpha()
    .raw()
    .toBuffer();
}
