import { describe, expect, it } from "vitest";
import { guideRegion, wholePixels, withMargin } from "./guide-region";

const landscape = { width: 2560, height: 1440 };

describe("the guide's area in the camera's picture", () => {
  it("scales the guide up to the picture's pixels when the preview has the picture's shape", () => {
    // A 2560x1440 picture in a 640x360 preview at (10, 20); the guide is 84% x 80% of it, centred.
    const region = guideRegion(
      landscape,
      { x: 10, y: 20, width: 640, height: 360 },
      { x: 10 + 51.2, y: 20 + 36, width: 537.6, height: 288 },
    );
    expect(region.x).toBeCloseTo(204.8);
    expect(region.y).toBeCloseTo(144);
    expect(region.width).toBeCloseTo(2150.4);
    expect(region.height).toBeCloseTo(1152);
    expect(wholePixels(region, landscape)).toEqual({ x: 205, y: 144, width: 2150, height: 1152 });
  });

  it("accounts for the part of a portrait picture that object-fit: cover cuts off", () => {
    // A 1080x1920 picture in a 16:9 preview of 640x360: scaled by 640/1080, only the middle 607.5 px in height show.
    const portrait = { width: 1080, height: 1920 };
    const region = guideRegion(
      portrait,
      { x: 0, y: 0, width: 640, height: 360 },
      { x: 160, y: 0, width: 320, height: 360 },
    );
    expect(region.x).toBeCloseTo(270);
    expect(region.y).toBeCloseTo(656.25);
    expect(region.width).toBeCloseTo(540);
    expect(region.height).toBeCloseTo(607.5);
  });

  it("never reaches outside the picture", () => {
    const square = { width: 100, height: 100 };
    const region = guideRegion(
      square,
      { x: 0, y: 0, width: 100, height: 100 },
      { x: -20, y: 90, width: 200, height: 50 },
    );
    expect(wholePixels(region, square)).toEqual({ x: 0, y: 90, width: 100, height: 10 });
    // Rounded up on both edges, the width would end a pixel past the picture.
    expect(wholePixels({ x: 1.5, y: 0, width: 98.5, height: 100 }, square)).toEqual({
      x: 2,
      y: 0,
      width: 98,
      height: 100,
    });
  });

  it("gives the same photo size wherever the guide sits to a fraction of a pixel", () => {
    // The page guide (0.707 of 80% of a 360 px preview), off its centre by fractions of a CSS pixel (a scrollbar, rounding of the layout).
    const sizes = new Set(
      [0, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9].map((offset) => {
        const region = guideRegion(
          landscape,
          { x: 0, y: 0, width: 640, height: 360 },
          { x: 218.192 + offset, y: 36, width: 203.616, height: 288 },
        );
        const { width, height } = wholePixels(withMargin(region, 0.1, landscape), landscape);
        return `${width}x${height}`;
      }),
    );
    expect([...sizes]).toEqual(["977x1382"]);
  });

  it("grows a region by a share of its size on every side, within the picture", () => {
    // The page guide of a 2560x1440 frame (815x1152, centred) with 10% room: as much as the frame allows in height.
    expect(wholePixels(withMargin({ x: 873, y: 144, width: 815, height: 1152 }, 0.1, landscape), landscape)).toEqual({
      x: 792,
      y: 29,
      width: 978,
      height: 1382,
    });
    const narrow = { width: 105, height: 200 };
    expect(wholePixels(withMargin({ x: 0, y: 0, width: 100, height: 100 }, 0.1, narrow), narrow)).toEqual({
      x: 0,
      y: 0,
      width: 105,
      height: 110,
    });
  });
});
