// An image's format and pixel size read from its first bytes, in the browser
// (a HEIC it cannot decode) and on the server (every frame) alike. Each
// format's reader is our own and bounded in work (lib/limits.ts): a PNG's
// and a WebP's size sit at fixed places in their headers, a JPEG's and a
// HEIF's are found by walking its structure.
import { latin1 } from "./heif-boxes";
import { heifDimensions } from "./heif-dimensions";
import { jpegDimensions } from "./jpeg-dimensions";
import type { ParseWork } from "../limits";

export type ImageFormat = "jpeg" | "png" | "webp" | "heic" | "heif";

export interface ImageDimensions {
  format: ImageFormat;
  width: number;
  height: number;
  /** Set when EXIF turns the stored picture a quarter turn: width and height above are as shown. */
  turned?: true;
}

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

/** The format and size; undefined for bytes that are no readable image of a format Veriff takes. */
export function imageDimensions(bytes: Uint8Array, work?: ParseWork): ImageDimensions | undefined {
  if (isoFileType(bytes)) {
    const heif = heifDimensions(bytes, work);
    const format = heif && Object.hasOwn(HEIF_BRANDS, heif.brand) ? HEIF_BRANDS[heif.brand] : undefined;
    return heif && format ? { format, width: heif.width, height: heif.height } : undefined;
  }
  if (isJpeg(bytes)) {
    const jpeg = jpegDimensions(bytes, work);
    if (!jpeg?.width || !jpeg.height) return undefined;
    // EXIF orientations 5-8 rotate the picture a quarter turn: Veriff sees it that way.
    return jpeg.orientation !== undefined && jpeg.orientation >= 5
      ? { format: "jpeg", width: jpeg.height, height: jpeg.width, turned: true }
      : { format: "jpeg", width: jpeg.width, height: jpeg.height };
  }
  const size = isPng(bytes) ? pngSize(bytes) : isWebp(bytes) ? webpSize(bytes) : undefined;
  if (!size?.width || !size.height) return undefined;
  return { format: isPng(bytes) ? "png" : "webp", ...size };
}

/**
 * Whether the file's first bytes say it is an image of a format Veriff takes
 * (a JPEG's start of image, a PNG's or a WebP's signature, a HEIF brand),
 * whatever follows: such a file that imageDimensions cannot read is a broken
 * or hostile photo, not a file of the wrong kind.
 */
export function claimsImage(bytes: Uint8Array): boolean {
  return (
    isJpeg(bytes) ||
    isPng(bytes) ||
    isWebp(bytes) ||
    (isoFileType(bytes) && Object.hasOwn(HEIF_BRANDS, latin1(bytes, 8, 4)))
  );
}

/** A JPEG starts with its start-of-image marker. */
function isJpeg(bytes: Uint8Array): boolean {
  return bytes[0] === 0xff && bytes[1] === 0xd8;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

/** The first chunk of a PNG is its header, IHDR: the width, then the height. */
function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24 || latin1(bytes, 12, 4) !== "IHDR") return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, 24);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function isWebp(bytes: Uint8Array): boolean {
  return latin1(bytes, 0, 4) === "RIFF" && latin1(bytes, 8, 4) === "WEBP";
}

/** A WebP's size, from the header of its first chunk: extended (VP8X), lossy (VP8) or lossless (VP8L). */
function webpSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 30) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, 30);
  const chunk = latin1(bytes, 12, 4);
  if (chunk === "VP8X") {
    // The canvas size, less one, in 24 bits each; the flags' reserved bits are zero.
    if ((bytes[20]! & 0xc1) !== 0) return undefined;
    const u24 = (at: number) => bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16);
    return { width: 1 + u24(24), height: 1 + u24(27) };
  }
  if (chunk === "VP8 ") {
    // A key frame's start code, then the width and the height in 14 bits each (2 more for scaling).
    if (bytes[23] !== 0x9d || bytes[24] !== 0x01 || bytes[25] !== 0x2a) return undefined;
    return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  }
  if (chunk === "VP8L") {
    // Its signature byte, then the width and the height, less one, in 14 bits each.
    if (bytes[20] !== 0x2f) return undefined;
    const bits = view.getUint32(21, true);
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
  }
  return undefined;
}

/** An ISO base media file (HEIF, AVIF, MP4) starts with its `ftyp` box. */
function isoFileType(bytes: Uint8Array): boolean {
  return latin1(bytes, 4, 4) === "ftyp";
}
