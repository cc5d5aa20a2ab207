// Y4M clips for Chromium's fake camera (--use-file-for-fake-video-capture),
// written by plain Node at test time: no ffmpeg, nothing binary committed.
import fs from "node:fs";
import path from "node:path";

export type Yuv = [number, number, number];

/**
 * 2560x1440 proves the browser downscales to 1920. Colour bars plus a block
 * that moves between frames, so a frozen feed would show.
 */
export function fakeCameraClip(file: string, width = 2560, height = 1440, frames = 2): string {
  const bars = [
    [235, 235, 235],
    [235, 235, 16],
    [16, 235, 235],
    [16, 235, 16],
    [235, 16, 235],
    [235, 16, 16],
    [16, 16, 235],
    [16, 16, 16],
  ].map(([r, g, b]) => toYuv(r!, g!, b!));
  const white = toYuv(255, 255, 255);
  return writeClip(file, width, height, frames, (frame) => {
    const blockX = 200 + frame * 400;
    const blockY = height - 400;
    return (column, row) => {
      const inBlock = column >= blockX && column < blockX + 300 && row >= blockY && row < blockY + 300;
      return inBlock ? white : bars[Math.floor((column * bars.length) / width)]!;
    };
  });
}

/**
 * A camera in a dim room (e2e/dark-camera.spec.ts): a faint grey card on a
 * near-black ground, with printed-looking lines, so only the light is wrong.
 */
export function darkCameraClip(file: string, width = 1280, height = 720): string {
  const ground = toYuv(6, 6, 6);
  const card = toYuv(30, 30, 30);
  const ink = toYuv(12, 12, 12);
  return writeClip(file, width, height, 1, () => (column, row) => {
    const onCard = column > width * 0.15 && column < width * 0.85 && row > height * 0.12 && row < height * 0.88;
    if (!onCard) return ground;
    return row % 24 < 12 && column % 10 < 5 ? ink : card;
  });
}

/** Writes `frames` frames of 4:2:0 Y4M, `paint` giving each pixel's colour (chroma from the top-left pixel of each 2x2 block). */
export function writeClip(
  file: string,
  width: number,
  height: number,
  frames: number,
  paint: (frame: number) => (column: number, row: number) => Yuv,
): string {
  if (fs.existsSync(file) && fs.statSync(file).size > 0) return file;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const chromaWidth = width / 2;
  const y = Buffer.alloc(width * height);
  const u = Buffer.alloc((width * height) / 4);
  const v = Buffer.alloc((width * height) / 4);
  const out = fs.openSync(`${file}.tmp`, "w");
  fs.writeSync(out, `YUV4MPEG2 W${width} H${height} F5:1 Ip A1:1 C420jpeg\n`);
  for (let frame = 0; frame < frames; frame++) {
    const colourAt = paint(frame);
    for (let row = 0; row < height; row++) {
      for (let column = 0; column < width; column++) {
        const colour = colourAt(column, row);
        y[row * width + column] = colour[0];
        if ((column & 1) === 0 && (row & 1) === 0) {
          u[(row >> 1) * chromaWidth + (column >> 1)] = colour[1];
          v[(row >> 1) * chromaWidth + (column >> 1)] = colour[2];
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

export function toYuv(r: number, g: number, b: number): Yuv {
  return [
    Math.round(0.299 * r + 0.587 * g + 0.114 * b),
    Math.round(-0.169 * r - 0.331 * g + 0.5 * b + 128),
    Math.round(0.5 * r - 0.419 * g - 0.081 * b + 128),
  ];
}
