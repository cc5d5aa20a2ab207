// A Y4M clip for Chromium's fake camera (--use-file-for-fake-video-capture)
// that looks like a phone's view of a document: bench/document-photo.ts at
// 2560x1440, sensor noise included. The e2e tests' clip (colour bars,
// e2e/support/fake-camera.ts) encodes to a 16 KB JPEG, where a real frame is
// hundreds of KB, and JPEG encoding time grows with the detail: timing the
// pipeline on bars would flatter it. Two frames, so the feed moves.
import jpeg from "jpeg-js";
import { toYuv, writeClip } from "../../e2e/support/fake-camera";
import { documentPhotoJpeg } from "../document-photo";

export function photoClip(file: string, width = 2560, height = 1440): string {
  let data: Uint8Array | undefined;
  return writeClip(file, width, height, 2, (frame) => {
    data ??= jpeg.decode(documentPhotoJpeg(width, height, 95), { useTArray: true }).data;
    const rgba = data;
    return (column, row) => {
      // The second frame shifted by 8 px: a moving hand.
      const i = (row * width + Math.min(width - 1, column + frame * 8)) * 4;
      return toYuv(rgba[i]!, rgba[i + 1]!, rgba[i + 2]!);
    };
  });
}
