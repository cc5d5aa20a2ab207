import { describe, expect, it } from "vitest";
import { eyesOpen, faceSeen } from "./face-seen";

/** A 468-point mesh, all at (100, 100) but the points given. */
function mesh(points: Points): [number, number][] {
  return Array.from({ length: 468 }, (_, index) => points[index] ?? [100, 100]);
}

// Brows 20 px tall; lids 6 px apart (open: 0.3 of that) or 2 px (closed: 0.1).
type Points = Record<number, [number, number]>;
const brows: Points = { 443: [0, 80], 450: [0, 100], 223: [0, 80], 230: [0, 100] };
const leftLids = (gap: number): Points => ({ 386: [0, 110], 374: [0, 110 + gap] });
const rightLids = (gap: number): Points => ({ 159: [0, 110], 145: [0, 110 + gap] });

describe("eyes", () => {
  it("are open unless both look closed", () => {
    expect(eyesOpen(mesh({ ...brows, ...leftLids(6), ...rightLids(6) }))).toBe(true);
    expect(eyesOpen(mesh({ ...brows, ...leftLids(2), ...rightLids(6) }))).toBe(true);
    expect(eyesOpen(mesh({ ...brows, ...leftLids(2), ...rightLids(2) }))).toBe(false);
  });

  it("are unknown without a full mesh", () => {
    expect(eyesOpen([])).toBeNull();
    expect(eyesOpen(mesh({}).slice(0, 6))).toBeNull();
  });
});

describe("a face seen", () => {
  it("is boxed by its mesh's extent, in units of the picture", () => {
    const seen = faceSeen(
      { mesh: mesh({ 0: [64, 36], 1: [192, 180] }), boxRaw: [0, 0, 1, 1], score: 0.9 },
      { width: 640, height: 360 },
    );
    expect(seen.box).toEqual({ x: 0.1, y: 0.1, width: 0.2, height: 0.4 });
    expect(seen.score).toBe(0.9);
  });

  it("is boxed by the detector without a mesh", () => {
    const seen = faceSeen({ mesh: [], boxRaw: [0.2, 0.3, 0.4, 0.5], score: 0.8 }, { width: 640, height: 360 });
    expect(seen).toEqual({ box: { x: 0.2, y: 0.3, width: 0.4, height: 0.5 }, score: 0.8, eyesOpen: null });
  });
});
