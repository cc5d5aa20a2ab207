// A synthetic photo of an ID card on a desk, as a 1920x1080 JPEG at quality
// 90 (what the capture flow sends): paper texture, a card with text-like
// strokes and a face-like blob, and sensor noise, so the JPEG has the entropy
// of a real photo rather than of a flat test pattern. Deterministic.
import jpeg from "jpeg-js";

export function documentPhotoJpeg(width = 1920, height = 1080, quality = 90): Buffer {
  let seed = 0x2f6b1d;
  const random = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const data = Buffer.alloc(width * height * 4);
  const card = { x: width * 0.18, y: height * 0.17, w: width * 0.64, h: (width * 0.64) / 1.586 };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const inCard = x > card.x && x < card.x + card.w && y > card.y && y < card.y + card.h;
      let r: number, g: number, b: number;
      if (inCard) {
        const u = (x - card.x) / card.w;
        const v = (y - card.y) / card.h;
        // Guilloche-like background pattern, a face blob on the left, text strokes on the right.
        const pattern = 18 * Math.sin(u * 90 + Math.sin(v * 40) * 3) * Math.cos(v * 70);
        const face = (u - 0.2) ** 2 / 0.012 + (v - 0.5) ** 2 / 0.06 < 1;
        const text = u > 0.42 && u < 0.95 && Math.floor(v * 14) % 2 === 1 && Math.sin(u * 400) > 0.1;
        const base = face ? 150 : text ? 40 : 215 + pattern;
        r = base + 10;
        g = base + (face ? -10 : 5);
        b = base + (face ? -30 : 20);
      } else {
        const grain = 30 * Math.sin(x * 0.02 + Math.sin(y * 0.01) * 4);
        r = 120 + grain;
        g = 90 + grain * 0.8;
        b = 60 + grain * 0.5;
      }
      // Sensor noise is independent per colour channel.
      const i = (y * width + x) * 4;
      data[i] = clamp(r + (random() - 0.5) * 16);
      data[i + 1] = clamp(g + (random() - 0.5) * 16);
      data[i + 2] = clamp(b + (random() - 0.5) * 16);
      data[i + 3] = 255;
    }
  }
  return Buffer.from(jpeg.encode({ data, width, height }, quality).data);
}

const clamp = (value: number) => Math.max(0, Math.min(255, Math.round(value)));
