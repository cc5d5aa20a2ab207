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

/**
 * A document lying still on a desk (e2e/auto-capture.spec.ts): a light card
 * with a photo and dark lines of print, on a darker desk. One frame: the
 * picture never changes, and every edge is crisp.
 */
export function documentClip(file: string, width = 1280, height = 720): string {
  return writeClip(file, width, height, 1, () => documentAt(width, height, 0, 0));
}

/**
 * The same card in a hand that never holds still: each frame it sits a step
 * further round a circle of `reach` px, so no two frames a sample or two
 * apart (the clip plays 5 frames a second, the page samples 4) show it in the
 * same place. The default, a tremor of 2-3 px, moves 9-20 % of the guide's
 * pixels between samples (measured in Chromium): short of the "moving" hint's
 * 25 %, far over auto-capture's steadiness bound, so nothing but that bound
 * holds the shot back. A reach of 40 px moves 31-47 %: the hint shows.
 */
export function movingDocumentClip(file: string, width = 1280, height = 720, reach = 3): string {
  const frames = 8;
  return writeClip(file, width, height, frames, (frame) => {
    const angle = (2 * Math.PI * frame) / frames;
    return documentAt(width, height, Math.round(reach * Math.cos(angle)), Math.round(reach * Math.sin(angle)));
  });
}

/** The document scene with the card shifted by (dx, dy) px: an ID-1 shaped card filling most of the guide. */
function documentAt(width: number, height: number, dx: number, dy: number): (column: number, row: number) => Yuv {
  const desk = toYuv(70, 60, 52);
  const paper = toYuv(222, 220, 208);
  const ink = toYuv(38, 40, 52);
  const photo = toYuv(150, 130, 120);
  const cardHeight = Math.round(height * 0.72);
  const cardWidth = Math.round(cardHeight * 1.55);
  const left = Math.round((width - cardWidth) / 2) + dx;
  const top = Math.round((height - cardHeight) / 2) + dy;
  const line = Math.max(12, Math.round(cardHeight / 16));
  return (column, row) => {
    const x = column - left;
    const y = row - top;
    if (x < 0 || y < 0 || x >= cardWidth || y >= cardHeight) return desk;
    // The holder's photo on the left, lines of print on the right and along the bottom (like an MRZ).
    if (x > cardWidth * 0.05 && x < cardWidth * 0.3 && y > cardHeight * 0.2 && y < cardHeight * 0.75) return photo;
    const printed = x > cardWidth * 0.35 || y > cardHeight * 0.8;
    if (!printed || x < cardWidth * 0.05 || x > cardWidth * 0.95 || y < cardHeight * 0.15 || y > cardHeight * 0.93)
      return paper;
    // Strokes of "letters" on the upper half of each line, with gaps between "words".
    const inLine = y % line < line * 0.45;
    const letter = x % 9 < 4 && (Math.floor(x / 9) * 7 + Math.floor(y / line) * 3) % 11 < 8;
    return inLine && letter ? ink : paper;
  };
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

/** BT.601 full range, as JPEG (C420jpeg) has it; each byte kept within 0-255 (pure red's V would round to 256). */
export function toYuv(r: number, g: number, b: number): Yuv {
  return [
    byte(0.299 * r + 0.587 * g + 0.114 * b),
    byte(-0.169 * r - 0.331 * g + 0.5 * b + 128),
    byte(0.5 * r - 0.419 * g - 0.081 * b + 128),
  ];
}

const byte = (value: number) => Math.max(0, Math.min(255, Math.round(value)));
