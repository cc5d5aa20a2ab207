// A file's real type and pixel size, read from its bytes: a declared type
// (Content-Type, a data: URI) is never trusted. Used by the upload route and
// by the emulator, which checks what Veriff would.
import { imageDimensions } from "./image-dimensions";

export interface SniffedMedia {
  mimetype: string;
  width?: number;
  height?: number;
}

/** The file's real type and size, read from its bytes (a data URI's declared type is not trusted). */
export function sniffMedia(bytes: Buffer): SniffedMedia | undefined {
  if (isPdf(bytes)) return { mimetype: "application/pdf" };
  const image = imageDimensions(bytes);
  if (!image) return undefined;
  return { mimetype: `image/${image.format}`, width: image.width, height: image.height };
}

/** A PDF starts with its version line, "%PDF-1.7". */
export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === "%PDF-";
}
