import { describe, expect, it } from "vitest";
import { guideRegion, withMargin } from "./guide-region";

describe("the guide's area in the camera's picture", () => {
  it("scales the guide up to the picture's pixels when the preview has the picture's shape", () => {
    // A 2560x1440 picture in a 640x360 preview at (10, 20); the guide is 84% x 80% of it, centred.
    const region = guideRegion({ width: 2560, height: 1440 }, { x: 10, y: 20, width: 640, height: 360 }, { x: 10 + 51.2, y: 20 + 36, width: 537.6, height: 288 });
    expect(region).toEqual({ x: 205, y: 144, width: 2150, height: 1152 });
  });

  it("accounts for the part of a portrait picture that object-fit: cover cuts off", () => {
    // A 1080x1920 picture in a 16:9 preview of 640x360: scaled by 640/1080, only the middle 607.5 px in height show.
    const region = guideRegion({ width: 1080, height: 1920 }, { x: 0, y: 0, width: 640, height: 360 }, { x: 160, y: 0, width: 320, height: 360 });
    expect(region).toEqual({ x: 270, y: 656, width: 540, height: 608 });
  });

  it("never reaches outside the picture", () => {
    const region = guideRegion({ width: 100, height: 100 }, { x: 0, y: 0, width: 100, height: 100 }, { x: -20, y: 90, width: 200, height: 50 });
    expect(region).toEqual({ x: 0, y: 90, width: 100, height: 10 });
  });

  it("grows a region by a share of its size on every side, within the picture", () => {
    // The page guide of a 2560x1440 frame (815x1152, centred) with 10% room: as much as the frame allows in height.
    expect(withMargin({ x: 873, y: 144, width: 815, height: 1152 }, 0.1, { width: 2560, height: 1440 })).toEqual({ x: 792, y: 29, width: 978, height: 1382 });
    expect(withMargin({ x: 0, y: 0, width: 100, height: 100 }, 0.1, { width: 105, height: 200 })).toEqual({ x: 0, y: 0, width: 105, height: 110 });
  });
});
