// An image's format and pixel size read from its first bytes, in the browser
// (a HEIC it cannot decode) and on the server (every frame) alike.
import { imageSize } from "image-size";
import { heifDimensions } from "./heif-dimensions";

export type ImageFormat = "jpeg" | "png" | "webp" | "heic" | "heif";

export interface ImageDimensions {
  format: ImageFormat;
  width: number;
  height: number;
  /** Set when EXIF turns the stored picture a quarter turn: width and height above are as shown. */
  turned?: true;
}

const FORMATS: Record<string, ImageFormat> = { jpg: "jpeg", png: "png", webp: "webp" };
// A HEIF file is named by its major brand: HEVC-coded pictures (HEIC) or the
// generic HEIF brands. Others in the same container (AV1 "avif") Veriff does not take.
const HEIF_BRANDS: Record<string, "heic" | "heif"> = {
  heic: "heic",
  heix: "heic",
  hevc: "heic",
  hevx: "heic",
  mif1: "heif",
  msf1: "heif",
};

export function imageDimensions(bytes: Uint8Array): ImageDimensions | undefined {
  if (isoFileType(bytes)) {
    const heif = heifDimensions(bytes);
    const format = HEIF_BRANDS[heif?.brand ?? ""];
    return heif && format ? { format, width: heif.width, height: heif.height } : undefined;
  }
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    return undefined;
  }
  const format = FORMATS[size.type ?? ""];
  if (!format || !size.width || !size.height) return undefined;
  // EXIF orientations 5-8 rotate the picture a quarter turn: Veriff sees it that way.
  const rotated = size.orientation !== undefined && size.orientation >= 5;
  return rotated
    ? { format, width: size.height, height: size.width, turned: true }
    : { format, width: size.width, height: size.height };
}

/**
 * Whether the file says it is a HEIC or HEIF (its ftyp brand), whatever its
 * other boxes hold: such a file that imageDimensions cannot read is a broken
 * photo, not a file of the wrong kind.
 */
export function claimsHeif(bytes: Uint8Array): boolean {
  return isoFileType(bytes) && bytes.length >= 12 && String.fromCharCode(...bytes.subarray(8, 12)) in HEIF_BRANDS;
}

/** An ISO base media file (HEIF, AVIF, MP4) starts with its `ftyp` box. */
function isoFileType(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && String.fromCharCode(...bytes.subarray(4, 8)) === "ftyp";
}
