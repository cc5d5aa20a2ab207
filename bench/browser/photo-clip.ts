// A Y4M clip for Chromium's fake camera (--use-file-for-fake-video-capture)
// that looks like a phone's view of a document: bench/document-photo.ts at
// 2560x1440, sensor noise included. The e2e tests' clip (colour bars,
// e2e/support/fake-camera.ts) encodes to a 16 KB JPEG, where a real frame is
// hundreds of KB, and JPEG encoding time grows with the detail: timing the
// pipeline on bars would flatter it. Two frames, so the feed moves.
import fs from "node:fs";
import path from "node:path";
import jpeg from "jpeg-js";
import { documentPhotoJpeg } from "../document-photo";

export function photoClip(file: string, width = 2560, height = 1440): string {
  if (fs.existsSync(file) && fs.statSync(file).size > 0) return file;
  const { data } = jpeg.decode(documentPhotoJpeg(width, height, 95), { useTArray: true });
  const y = Buffer.alloc(width * height);
  const u = Buffer.alloc((width * height) / 4);
  const v = Buffer.alloc((width * height) / 4);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const out = fs.openSync(`${file}.tmp`, "w");
  fs.writeSync(out, `YUV4MPEG2 W${width} H${height} F5:1 Ip A1:1 C420jpeg\n`);
  for (let frame = 0; frame < 2; frame++) {
    for (let row = 0; row < height; row++) {
      for (let column = 0; column < width; column++) {
        // The second frame shifted by 8 px: a moving hand.
        const i = (row * width + Math.min(width - 1, column + frame * 8)) * 4;
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        // BT.601 full range, as JPEG (C420jpeg).
        y[row * width + column] = clamp(0.299 * r + 0.587 * g + 0.114 * b);
        if ((row & 1) === 0 && (column & 1) === 0) {
          const at = (row >> 1) * (width >> 1) + (column >> 1);
          u[at] = clamp(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
          v[at] = clamp(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
        }
      }
    }
    fs.writeSync(out, "FRAME\n");
    fs.writeSync(out, y);
    fs.writeSync(out, u);
    fs.writeSync(out, v);
  }
  fs.closeSync(out);
  fs.renameSync(`${file}.tmp`, file);
  return file;
}

const clamp = (value: number) => Math.max(0, Math.min(255, Math.round(value)));
