// A HEIF file's (HEIC, generic HEIF) brand and pixel size, read from its boxes
// (ISO/IEC 23008-12), in the browser and on the server alike. Written here
// rather than taken from image-size, which picks the picture with the largest
// area (a 4000x100 item hides behind a 1900x1900 one) and trims the size with
// the wrong field of a clean-aperture box: both let a picture past the
// 1920 px limit.

import { FULL_BOX_FIELDS, latin1, readBoxes } from "./heif-boxes";
import type { ParseWork } from "../limits";

export interface HeifDimensions {
  brand: string;
  width: number;
  height: number;
}

/**
 * The brand and the size of the largest picture by its longer side, over
 * every `ispe` property: tiles, thumbnails and the photo alike, so no item can
 * be larger than what is reported. A clean aperture (`clap`) is ignored: it
 * only crops what a viewer shows, the coded picture keeps its full size.
 * Undefined for a file that is no readable picture: broken boxes, no primary
 * item (`pitm`), no size, no picture data (an `mdat` with a payload), or
 * boxes past the limits of lib/limits.ts.
 */
export function heifDimensions(bytes: Uint8Array, work?: ParseWork): HeifDimensions | undefined {
  const boxes = readBoxes(bytes, work);
  const top = boxes.top();
  const ftyp = top?.[0];
  if (!top || ftyp?.type !== "ftyp" || ftyp.end - ftyp.start < 4) return undefined;
  if (!top.some((box) => box.type === "mdat" && box.end > box.start)) return undefined;

  const meta = top.find((box) => box.type === "meta");
  // meta is a full box: a version and flags before its children.
  const metaChildren = meta && boxes.children(meta, FULL_BOX_FIELDS);
  if (!metaChildren?.some((box) => box.type === "pitm")) return undefined;
  const iprp = metaChildren.find((box) => box.type === "iprp");
  const ipco = iprp && boxes.children(iprp)?.find((box) => box.type === "ipco");
  const properties = ipco && boxes.children(ipco);
  if (!properties) return undefined;

  let largest: { width: number; height: number } | undefined;
  for (const ispe of properties.filter((box) => box.type === "ispe" && box.end - box.start >= 12)) {
    const view = new DataView(bytes.buffer, bytes.byteOffset + ispe.start, 12);
    // After the full box's version and flags: width, then height.
    const width = view.getUint32(4);
    const height = view.getUint32(8);
    if (!largest || Math.max(width, height) > Math.max(largest.width, largest.height)) largest = { width, height };
  }
  if (!largest?.width || !largest.height) return undefined;
  return { brand: latin1(bytes, ftyp.start, 4), ...largest };
}
