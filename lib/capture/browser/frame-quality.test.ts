import { describe, expect, it } from "vitest";
import { isSteady, measureFrame, qualityHint, toGrey } from "./frame-quality";

// About the guide area of a card at the sampling scale (a 480 px frame).
const WIDTH = 340;
const HEIGHT = 216;

function picture(luma: (x: number, y: number) => number): Uint8Array {
  const grey = new Uint8Array(WIDTH * HEIGHT);
  for (let y = 0; y < HEIGHT; y++)
    for (let x = 0; x < WIDTH; x++) grey[y * WIDTH + x] = Math.max(0, Math.min(255, Math.round(luma(x, y))));
  return grey;
}

/** Something like a printed card: lines of dark strokes, 2 px wide, on a light ground. */
const printed = (x: number, y: number, ink = 40, paper = 210) =>
  y % 12 < 7 && x % 5 < 2 && (x * 7 + y * 3) % 11 < 8 ? ink : paper;

/** A Gaussian blur of `sigma` px, as a badly focused camera gives (separable: rows, then columns). */
function blurred(grey: Uint8Array, sigma: number): Uint8Array {
  const radius = Math.ceil(sigma * 3);
  const weights = Array.from({ length: 2 * radius + 1 }, (_, index) =>
    Math.exp(-((index - radius) ** 2) / (2 * sigma * sigma)),
  );
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const along = (source: Uint8Array, dx: number, dy: number) =>
    picture(
      (x, y) =>
        weights.reduce((sum, weight, index) => {
          const offset = index - radius;
          const sx = Math.min(WIDTH - 1, Math.max(0, x + offset * dx));
          const sy = Math.min(HEIGHT - 1, Math.max(0, y + offset * dy));
          return sum + weight * source[sy * WIDTH + sx]!;
        }, 0) / total,
    );
  return along(along(grey, 1, 0), 0, 1);
}

/**
 * The e2e fake camera (e2e/support/fake-camera.ts) as the guide area sees it:
 * six colour bars in luma, edges softened by the downscale, and a white block
 * that jumps between the clip's two frames.
 */
function colourBars(blockX: number): Uint8Array {
  const bars = [226, 179, 150, 105, 76, 29];
  return picture((x, y) => {
    if (x >= blockX && x < blockX + 52 && y >= 130 && y < 175) return 255;
    const position = (x * bars.length) / WIDTH;
    const bar = Math.floor(position);
    const next = Math.min(bars.length - 1, bar + 1);
    // The last pixel of a bar is half its neighbour: the downscale's smoothing.
    return position - bar > 1 - bars.length / WIDTH ? (bars[bar]! + bars[next]!) / 2 : bars[bar]!;
  });
}

const measured = (grey: Uint8Array, previous?: Uint8Array) => measureFrame(grey, WIDTH, HEIGHT, previous);
const hintFor = (grey: Uint8Array, previous?: Uint8Array) => qualityHint(measured(grey, previous), "document");

describe("frame quality", () => {
  it("reads luma from a canvas's RGBA pixels", () => {
    expect([
      ...toGrey(new Uint8ClampedArray([255, 255, 255, 255, 0, 0, 0, 255, 255, 0, 0, 255, 0, 255, 0, 255])),
    ]).toEqual([255, 0, 76, 149]);
  });

  it("says nothing about a sharp, well-lit, still document", () => {
    const card = picture((x, y) => printed(x, y));
    const quality = measured(card, card);
    expect(quality.sharpness).toBeGreaterThan(300);
    expect(quality.motion).toBe(0);
    expect(qualityHint(quality, "document")).toBeNull();
  });

  it("says too dark when the mean luma is low, however sharp the picture", () => {
    const dim = picture((x, y) => printed(x, y, 5, 50));
    expect(measured(dim).luma).toBeLessThan(45);
    expect(hintFor(dim)).toBe("too_dark");
    // The same print in fair light is fine: it was the light.
    expect(hintFor(picture((x, y) => printed(x, y, 40, 120)))).toBeNull();
  });

  it("says glare when a large part of the picture is clipped white", () => {
    const glare = picture((x, y) => (x > 80 && x < 200 && y > 40 && y < 160 ? 255 : printed(x, y)));
    expect(measured(glare).clipped).toBeGreaterThan(0.15);
    expect(hintFor(glare)).toBe("glare");
    // A small highlight is no glare.
    const highlight = picture((x, y) => (x > 150 && x < 170 && y > 90 && y < 110 ? 255 : printed(x, y)));
    expect(hintFor(highlight)).toBeNull();
  });

  it("says blurry when the picture has no sharp edge", () => {
    const card = picture((x, y) => printed(x, y));
    const defocused = blurred(card, 2.5);
    expect(measured(defocused).sharpness).toBeLessThan(10);
    expect(hintFor(defocused)).toBe("blurry");
    // A face is not judged for focus: the bound is set for print, and a soft front camera is no fault of the user's.
    expect(qualityHint(measured(defocused), "face")).toBeNull();
    // Slightly soft is still readable: no hint.
    expect(hintFor(blurred(card, 0.7))).toBeNull();
  });

  it("judges focus by the crispest edges, so a plain card with a little print is sharp and the same card defocused is not", () => {
    const plain = picture((x, y) => (x > 150 && x < 190 && y > 90 && y < 130 ? printed(x, y) : 210));
    expect(hintFor(plain)).toBeNull();
    expect(hintFor(blurred(plain, 2.5))).toBe("blurry");
  });

  it("says moving when much of the picture changed since the last sample, and nothing for the first sample", () => {
    const card = picture((x, y) => printed(x, y));
    const shifted = picture((x, y) => printed(x + 3, y + 2));
    expect(measured(shifted).motion).toBeNull();
    expect(measured(shifted, card).motion).toBeGreaterThan(0.25);
    expect(hintFor(shifted, card)).toBe("moving");
  });

  it("puts light before steadiness: a dark moving picture is too dark", () => {
    const dim = picture((x, y) => printed(x, y, 5, 40));
    const dimShifted = picture((x, y) => printed(x + 3, y + 2, 5, 40));
    expect(hintFor(dimShifted, dim)).toBe("too_dark");
  });

  it("says nothing about the e2e fake camera's colour bars, whose block jumps between frames", () => {
    const first = colourBars(0);
    const second = colourBars(70);
    const quality = measured(second, first);
    expect(quality.sharpness).toBeGreaterThan(10);
    expect(quality.motion).toBeLessThan(0.25);
    expect(qualityHint(quality, "document")).toBeNull();
    expect(hintFor(first, second)).toBeNull();
  });
});

describe("steady enough to be taken by itself", () => {
  const card = picture((x, y) => printed(x, y));

  it("is a sharp, well-lit document that did not move since the last sample", () => {
    expect(isSteady(measured(card, card), "document")).toBe(true);
    // The first sample: nothing to compare with yet.
    expect(isSteady(measured(card), "document")).toBe(false);
  });

  it("is not a document in a tremor too small for the moving hint", () => {
    const trembled = picture((x, y) => printed(x + 1, y));
    const quality = measured(trembled, card);
    expect(quality.motion).toBeGreaterThan(0.03);
    expect(qualityHint(quality, "document")).toBeNull();
    expect(isSteady(quality, "document")).toBe(false);
  });

  it("is not the e2e camera while its block jumps, and is once it holds", () => {
    const first = colourBars(0);
    const second = colourBars(70);
    expect(qualityHint(measured(second, first), "document")).toBeNull();
    expect(isSteady(measured(second, first), "document")).toBe(false);
    expect(isSteady(measured(second, second), "document")).toBe(true);
  });

  it("is never a picture with a hint to give, however still: blurred or dark", () => {
    const defocused = blurred(card, 2.5);
    expect(isSteady(measured(defocused, defocused), "document")).toBe(false);
    const dim = picture((x, y) => printed(x, y, 5, 40));
    expect(isSteady(measured(dim, dim), "document")).toBe(false);
    // A face is not judged for focus: a soft, still face is steady.
    expect(isSteady(measured(defocused, defocused), "face")).toBe(true);
  });
});
