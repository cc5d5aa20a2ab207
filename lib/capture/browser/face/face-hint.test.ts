import { describe, expect, it } from "vitest";
import { faceHint } from "./face-hint";
import type { FaceSeen, UnitBox } from "./face-seen";

// The selfie oval over a 16:9 preview: 80 % of its height, 3:4, centred (guide-overlay.tsx).
const OVAL: UnitBox = { x: 0.33125, y: 0.1, width: 0.3375, height: 0.8 };

/** A face of `height` (share of the picture) centred at (cx, cy), as FaceMesh spans it (about 0.5 as wide as tall in these units). */
function face(height: number, cx = 0.5, cy = 0.5, eyesOpen: boolean | null = true): FaceSeen {
  const width = height / 2;
  return { box: { x: cx - width / 2, y: cy - height / 2, width, height }, score: 0.95, eyesOpen };
}

describe("face hints", () => {
  it("says nothing for one face, well placed, eyes open", () => {
    // Measured in Chromium (e2e/support/face-camera.ts): a head shot 200 px tall in a 640x360 frame gives 0.367.
    expect(faceHint([face(0.367)], OVAL)).toBeNull();
    expect(faceHint([face(0.5, 0.52, 0.46)], OVAL)).toBeNull();
    expect(faceHint([face(0.367, 0.5, 0.5, null)], OVAL)).toBeNull();
  });

  it("asks for a face when there is none", () => {
    expect(faceHint([], OVAL)).toBe("no_face");
  });

  it("asks for one person when a second face of similar size is there, not for a small one far behind", () => {
    expect(faceHint([face(0.35, 0.3), face(0.31, 0.7)], OVAL)).toBe("several_faces");
    expect(faceHint([face(0.4), face(0.1, 0.9, 0.2)], OVAL)).toBeNull();
  });

  it("says too close before anything else about the one face, and too far after centring", () => {
    expect(faceHint([face(0.8)], OVAL)).toBe("too_close");
    expect(faceHint([face(0.8, 0.2)], OVAL)).toBe("too_close");
    expect(faceHint([face(0.15)], OVAL)).toBe("too_far");
    expect(faceHint([face(0.15, 0.2)], OVAL)).toBe("not_centred");
  });

  it("asks to centre a face off the oval's middle sideways or up and down, within a tolerance", () => {
    expect(faceHint([face(0.367, 0.25)], OVAL)).toBe("not_centred");
    expect(faceHint([face(0.367, 0.5, 0.2)], OVAL)).toBe("not_centred");
    // A fifth of the oval's width off: still centred enough.
    expect(faceHint([face(0.367, 0.5 + 0.2 * OVAL.width)], OVAL)).toBeNull();
  });

  it("asks to open the eyes last, and only when the model saw them closed", () => {
    expect(faceHint([face(0.4, 0.5, 0.5, false)], OVAL)).toBe("eyes_closed");
    expect(faceHint([face(0.15, 0.5, 0.5, false)], OVAL)).toBe("too_far");
  });
});
