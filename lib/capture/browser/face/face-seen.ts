// What the face worker tells the page about each face: where it is and
// whether its eyes are open. Plain numbers, so the page needs no model types.

/** A box in 0-1 units of the analysed picture's width and height. */
export interface UnitBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FaceSeen {
  box: UnitBox;
  /** The model's confidence, 0-1. */
  score: number;
  /** False when both eyes look closed, null when the model placed no eyelids. */
  eyesOpen: boolean | null;
}

type Point = readonly (number | undefined)[];

/**
 * A face as the worker reports it: its box from the mesh's extent when there
 * is a mesh (forehead to chin, cheek to cheek: the detector's own box is
 * padded for cropping, so it says little about distance), from the detector otherwise.
 */
export function faceSeen(
  face: { mesh: readonly Point[]; boxRaw: readonly number[]; score: number },
  picture: { width: number; height: number },
): FaceSeen {
  const [x = 0, y = 0, width = 0, height = 0] = face.boxRaw;
  let box: UnitBox = { x, y, width, height };
  if (face.mesh.length > 0) {
    const xs = face.mesh.map((point) => point[0] ?? 0);
    const ys = face.mesh.map((point) => point[1] ?? 0);
    const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    box = {
      x: left / picture.width,
      y: top / picture.height,
      width: (right - left) / picture.width,
      height: (bottom - top) / picture.height,
    };
  }
  return { box, score: face.score, eyesOpen: eyesOpen(face.mesh) };
}

// FaceMesh's (MediaPipe's 468-point topology) upper and lower eyelid points of
// each eye, and two points across the brow above it for scale: an eye is
// closed when its lids are under a fifth of that span apart, the bound
// @vladmandic/human's own blink gesture uses.
const EYES = [
  { upperLid: 386, lowerLid: 374, browTop: 443, browBottom: 450 },
  { upperLid: 159, lowerLid: 145, browTop: 223, browBottom: 230 },
] as const;
const CLOSED_OPENING = 0.2;

/** Whether the eyes of a face with these mesh points are open (null without a full mesh). */
export function eyesOpen(mesh: readonly Point[]): boolean | null {
  if (mesh.length < 468) return null;
  const y = (index: number) => mesh[index]?.[1] ?? 0;
  const closed = EYES.filter(({ upperLid, lowerLid, browTop, browBottom }) => {
    const span = Math.abs(y(browTop) - y(browBottom));
    return span > 0 && Math.abs(y(upperLid) - y(lowerLid)) / span < CLOSED_OPENING;
  });
  // One closed eye is a wink or a lid the model misplaced; both is eyes closed.
  return closed.length < EYES.length;
}
