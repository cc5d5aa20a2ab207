// A file's real type and pixel size, read from its bytes: a declared type
// (Content-Type, a data: URI) is never trusted. Used by the upload route and
// by the emulator, which checks what Veriff would. Every reader is bounded in
// work whatever the bytes (lib/limits.ts).
import { imageDimensions } from "./image-dimensions";
import type { ParseWork } from "../limits";

export interface SniffedMedia {
  mimetype: string;
  width?: number;
  height?: number;
}

/** The file's real type and size, read from its bytes (a data URI's declared type is not trusted). */
export function sniffMedia(bytes: Buffer, work?: ParseWork): SniffedMedia | undefined {
  if (isPdf(bytes)) return { mimetype: "application/pdf" };
  const image = imageDimensions(bytes, work);
  if (!image) return undefined;
  return { mimetype: `image/${image.format}`, width: image.width, height: image.height };
}

/**
 * A PDF starts with its header, "%PDF-" and a version such as 1.7 (ISO 32000).
 * Only the header is read: a PDF has no pixels to count, and checking more
 * (its trailer, "%%EOF" near its end) would refuse files that viewers, and
 * maybe Veriff, take.
 */
export function isPdf(bytes: Uint8Array): boolean {
  const digit = (at: number) => bytes[at] !== undefined && bytes[at]! >= 0x30 && bytes[at]! <= 0x39;
  return String.fromCharCode(...bytes.subarray(0, 5)) === "%PDF-" && digit(5) && bytes[6] === 0x2e && digit(7);
}
