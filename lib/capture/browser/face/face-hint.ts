// Browser side: the one thing to tell someone taking a selfie, from the faces
// the worker found (face-seen.ts) and where the oval guide is. Pure, so the
// bounds are tested on plain numbers.
import type { FaceSeen, UnitBox } from "./face-seen";

export type FaceHint = "no_face" | "several_faces" | "too_close" | "not_centred" | "too_far" | "eyes_closed";

// A face is measured forehead to chin (the mesh's extent), and the oval is
// drawn for a whole head with room around it: a head that fills the oval
// makes a face of about 65 % of its height.
/** Under this share of the oval's height (the head half the oval's), the face is small for Veriff to compare with the document's photo. */
const FAR_SHARE = 0.35;
/** Over this share, the chin or the forehead is leaving the oval. */
const CLOSE_SHARE = 0.9;
/** The face's centre may sit this share of the oval's width, or of its height, away from the oval's centre. */
const OFF_CENTRE_SHARE = 0.22;
/** Another face this share of the nearest face's height or more is a second person, not a poster far behind. */
const SECOND_FACE_SHARE = 0.4;

/**
 * The hint for these faces, most pressing first; null when the selfie is good
 * to take. `oval`: the guide's area, in the same 0-1 units of the analysed
 * picture as the faces' boxes.
 */
export function faceHint(faces: readonly FaceSeen[], oval: UnitBox): FaceHint | null {
  const [nearest, ...others] = [...faces].sort((a, b) => b.box.height - a.box.height);
  if (!nearest) return "no_face";
  if (others.some((face) => face.box.height >= nearest.box.height * SECOND_FACE_SHARE)) return "several_faces";
  const share = nearest.box.height / oval.height;
  if (share > CLOSE_SHARE) return "too_close";
  const offX = Math.abs(centre(nearest.box.x, nearest.box.width) - centre(oval.x, oval.width)) / oval.width;
  const offY = Math.abs(centre(nearest.box.y, nearest.box.height) - centre(oval.y, oval.height)) / oval.height;
  if (offX > OFF_CENTRE_SHARE || offY > OFF_CENTRE_SHARE) return "not_centred";
  if (share < FAR_SHARE) return "too_far";
  if (nearest.eyesOpen === false) return "eyes_closed";
  return null;
}

const centre = (start: number, length: number) => start + length / 2;
