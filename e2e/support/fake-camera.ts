// A Y4M clip for Chromium's fake camera (--use-file-for-fake-video-capture),
// written by plain Node at test time: no ffmpeg, nothing binary committed.
// 2560x1440 proves the browser downscales to 1920. Colour bars plus a block
// that moves between frames, so a frozen feed would show.
import fs from "node:fs";
import path from "node:path";

export function fakeCameraClip(file: string, width = 2560, height = 1440, frames = 2): string {
  if (fs.existsSync(file) && fs.statSync(file).size > 0) return file;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const bars: [number, number, number][] = [
    [235, 235, 235], [235, 235, 16], [16, 235, 235], [16, 235, 16], [235, 16, 235], [235, 16, 16], [16, 16, 235], [16, 16, 16],
  ];
  const toYuv = ([r, g, b]: [number, number, number]) => [
    Math.round(0.299 * r + 0.587 * g + 0.114 * b),
    Math.round(-0.169 * r - 0.331 * g + 0.5 * b + 128),
    Math.round(0.5 * r - 0.419 * g - 0.081 * b + 128),
  ];
  const yuvBars = bars.map(toYuv);
  const white = toYuv([255, 255, 255]);
  const chromaWidth = width / 2;
  const y = Buffer.alloc(width * height);
  const u = Buffer.alloc((width * height) / 4);
  const v = Buffer.alloc((width * height) / 4);
  const out = fs.openSync(`${file}.tmp`, "w");
  fs.writeSync(out, `YUV4MPEG2 W${width} H${height} F5:1 Ip A1:1 C420jpeg\n`);
  for (let frame = 0; frame < frames; frame++) {
    const blockX = 200 + frame * 400;
    const blockY = height - 400;
    for (let row = 0; row < height; row++) {
      for (let column = 0; column < width; column++) {
        const inBlock = column >= blockX && column < blockX + 300 && row >= blockY && row < blockY + 300;
        const colour = inBlock ? white : yuvBars[Math.floor((column * bars.length) / width)]!;
        y[row * width + column] = colour[0]!;
        if ((column & 1) === 0 && (row & 1) === 0) {
          u[(row >> 1) * chromaWidth + (column >> 1)] = colour[1]!;
          v[(row >> 1) * chromaWidth + (column >> 1)] = colour[2]!;
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
