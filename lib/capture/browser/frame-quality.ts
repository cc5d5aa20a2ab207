// Browser side: how usable the live picture looks, from a small grey copy of
// the guide area (use-quality-hint.ts samples it a few times a second). Pure
// maths, so the thresholds are tested on synthetic pictures.
//
// The thresholds are deliberately loose: a hint the user cannot act on is
// worse than none, and hints never block the shutter. They hold for a copy at
// the scale that makes the whole frame SAMPLE_SIDE px on its longer side,
// whatever the camera's resolution and the guide's shape: sharpness depends
// on the scale it is measured at.
export const SAMPLE_SIDE = 480;

/** Mean luma (0-255) under which the document cannot be read. */
const DARK_LUMA = 45;
/** A pixel this bright is clipped: whatever was printed there is gone. */
const CLIPPED_LUMA = 250;
/** Share of clipped pixels that means glare on the document (a white card under normal light clips none; the e2e camera's white block 8 %). */
const GLARE_SHARE = 0.15;
/** A pixel whose luma changed by more than this between two samples moved (sensor noise stays well under it). */
const MOVED_LUMA = 24;
/** Share of moved pixels that means the hand or the document is moving (the e2e camera's jumping block moves 5 %). */
const MOVING_SHARE = 0.25;
/**
 * Share of moved pixels under which the picture counts as steady enough to be
 * taken by itself (auto-capture.ts): far stricter than MOVING_SHARE, which only
 * speaks up when the user should do something. A still scene moves 0 % (sensor
 * noise stays under MOVED_LUMA); the e2e camera's jumping block 4.6-5.3 % under
 * the document guides, and a card in a 2-3 px tremor 9-20 % (measured in
 * Chromium): neither is steady. The frames are taken 400 ms apart: a document
 * still moving would come out different in each.
 */
const STEADY_SHARE = 0.03;
/** Share of pixels whose edges make the sharpness: the crispest 0.5 %. */
const EDGE_SHARE = 0.005;
/**
 * Sharpness (see edgeStrength) under which the picture has no crisp edge at
 * all: sharp print gives hundreds, print blurred by 2 px at the sampling
 * scale under 10, the e2e camera's colour bars 23-26 under the document and
 * page guides (measured in Chromium). Only a clearly blurred picture falls
 * under it.
 */
const BLURRY_SHARPNESS = 10;

export type QualityHint = "too_dark" | "glare" | "moving" | "blurry";

export interface FrameQuality {
  /** Mean luma, 0-255. */
  luma: number;
  /** Share of clipped pixels, 0-1. */
  clipped: number;
  /** The |4-neighbour Laplacian| of the crispest edges, 0-1020. */
  sharpness: number;
  /** Share of pixels that changed since the previous sample, 0-1; null for the first. */
  motion: number | null;
}

/** Luma (BT.601, integer) of RGBA pixels as a canvas gives them. */
export function toGrey(rgba: Uint8ClampedArray): Uint8Array {
  const grey = new Uint8Array(rgba.length / 4);
  for (let pixel = 0, offset = 0; pixel < grey.length; pixel++, offset += 4) {
    grey[pixel] = (299 * rgba[offset]! + 587 * rgba[offset + 1]! + 114 * rgba[offset + 2]!) / 1000;
  }
  return grey;
}

/** Measures a grey picture, and its change since `previous` (a picture of the same size). */
export function measureFrame(grey: Uint8Array, width: number, height: number, previous?: Uint8Array): FrameQuality {
  let sum = 0;
  let clipped = 0;
  for (const value of grey) {
    sum += value;
    if (value >= CLIPPED_LUMA) clipped++;
  }
  return {
    luma: sum / grey.length,
    clipped: clipped / grey.length,
    sharpness: edgeStrength(grey, width, height),
    motion: previous && previous.length === grey.length ? movedShare(grey, previous) : null,
  };
}

/**
 * The one hint worth giving, most useful first: light before steadiness,
 * steadiness before focus (moving blurs). Focus is judged for documents only:
 * the sharpness bound is set for print, and a laptop's front camera is often
 * soft in a way the user cannot fix.
 */
export function qualityHint(quality: FrameQuality, subject: "document" | "face"): QualityHint | null {
  if (quality.luma < DARK_LUMA) return "too_dark";
  if (quality.clipped > GLARE_SHARE) return "glare";
  if (quality.motion !== null && quality.motion > MOVING_SHARE) return "moving";
  if (subject === "document" && quality.sharpness < BLURRY_SHARPNESS) return "blurry";
  return null;
}

/**
 * Whether the picture may be taken by itself: no hint to give and hardly a
 * pixel moved since the previous sample (unknown for the first: not steady).
 */
export function isSteady(quality: FrameQuality, subject: "document" | "face"): boolean {
  return quality.motion !== null && quality.motion <= STEADY_SHARE && qualityHint(quality, subject) === null;
}

/**
 * The strength of the picture's crispest edges: the |Laplacian| that only
 * EDGE_SHARE of the pixels exceed. A percentile rather than the variance
 * over all pixels, so a plain card with little print on it (few edges, all
 * of them crisp) counts as sharp; noise is averaged away by the downscale.
 */
function edgeStrength(grey: Uint8Array, width: number, height: number): number {
  if (width < 3 || height < 3) return 0;
  // |Laplacian| of 8-bit luma is at most 4 * 255.
  const counts = new Uint32Array(4 * 255 + 1);
  for (let row = 1; row < height - 1; row++) {
    for (let column = 1; column < width - 1; column++) {
      const at = row * width + column;
      counts[Math.abs(grey[at - 1]! + grey[at + 1]! + grey[at - width]! + grey[at + width]! - 4 * grey[at]!)]!++;
    }
  }
  let above = Math.ceil((width - 2) * (height - 2) * EDGE_SHARE);
  for (let strength = counts.length - 1; strength > 0; strength--) {
    above -= counts[strength]!;
    if (above <= 0) return strength;
  }
  return 0;
}

function movedShare(grey: Uint8Array, previous: Uint8Array): number {
  let moved = 0;
  for (let pixel = 0; pixel < grey.length; pixel++) if (Math.abs(grey[pixel]! - previous[pixel]!) > MOVED_LUMA) moved++;
  return moved / grey.length;
}
