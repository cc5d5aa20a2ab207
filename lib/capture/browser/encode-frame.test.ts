import { describe, expect, it } from "vitest";
import { scaledSize } from "./encode-frame";

describe("scaled size", () => {
  it("shrinks the longer side to 1920 px and keeps the shape, never enlarging", () => {
    expect(scaledSize(2560, 1440)).toEqual({ width: 1920, height: 1080 });
    expect(scaledSize(3024, 4032)).toEqual({ width: 1440, height: 1920 });
    expect(scaledSize(800, 600)).toEqual({ width: 800, height: 600 });
  });

  it("keeps at least one pixel on each side of a very thin picture, which a canvas could not encode otherwise", () => {
    expect(scaledSize(5000, 1)).toEqual({ width: 1920, height: 1 });
    expect(scaledSize(1, 40_000)).toEqual({ width: 1, height: 1920 });
  });
});
