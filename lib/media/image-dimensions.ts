// An image's format and pixel size read from its first bytes, in the browser
// (a HEIC it cannot decode) and on the server (every frame) alike.
import { imageSize } from "image-size";

export type ImageFormat = "jpeg" | "png" | "webp" | "heic" | "heif";

export interface ImageDimensions {
  format: ImageFormat;
  width: number;
  height: number;
}

const FORMATS: Record<string, ImageFormat> = { jpg: "jpeg", png: "png", webp: "webp" };
// image-size names a HEIF file by its major brand: HEVC-coded pictures
// (HEIC), the generic HEIF brands, or AV1 ("avif", which Veriff does not take).
const HEIF_BRANDS: Record<string, "heic" | "heif"> = { heic: "heic", heix: "heic", hevc: "heic", hevx: "heic", mif1: "heif", msf1: "heif" };

export function imageDimensions(bytes: Uint8Array): ImageDimensions | undefined {
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    return undefined;
  }
  // A HEIC holds several pictures (an iPhone photo is a grid of 512 px tiles,
  // each with its own size, plus a thumbnail): image-size reports the largest,
  // the photo itself, which is what Veriff's pixel limit applies to.
  const format = HEIF_BRANDS[size.type ?? ""] ?? FORMATS[size.type ?? ""];
  if (!format || !size.width || !size.height) return undefined;
  // EXIF orientations 5-8 rotate the picture a quarter turn: Veriff sees it that way.
  const rotated = size.orientation !== undefined && size.orientation >= 5;
  return { format, width: rotated ? size.height : size.width, height: rotated ? size.width : size.height };
}
