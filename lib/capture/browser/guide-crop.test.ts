import { describe, expect, it } from "vitest";
import { pageGuideCrop } from "./guide-crop";

describe("the page guide's part of a camera frame", () => {
  it("is the guide with a margin, centred, where the preview shows the whole frame", () => {
    // 2560x1440 shown in a 16:9 box: the guide is 80% of 1440 px tall, plus 10% above and below.
    expect(pageGuideCrop({ width: 2560, height: 1440 }, { width: 640, height: 360 })).toEqual({ x: 791, y: 29, width: 977, height: 1382 });
  });

  it("follows the cover fit where the preview shows only a band of an upright phone frame", () => {
    // 1440x2560 in a 16:9 box: the box shows a 1440x810 band; the guide is 80% of that band.
    const crop = pageGuideCrop({ width: 1440, height: 2560 }, { width: 640, height: 360 });
    expect(crop).toEqual({ x: 445, y: 891, width: 550, height: 778 });
  });

  it("never reaches past the frame", () => {
    const crop = pageGuideCrop({ width: 800, height: 600 }, { width: 100, height: 300 });
    expect(crop.x).toBeGreaterThanOrEqual(0);
    expect(crop.y).toBeGreaterThanOrEqual(0);
    expect(crop.x + crop.width).toBeLessThanOrEqual(800);
    expect(crop.y + crop.height).toBeLessThanOrEqual(600);
  });
});
