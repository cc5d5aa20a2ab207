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
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") return { mimetype: "application/pdf" };
  const image = imageDimensions(bytes);
  if (!image) return undefined;
  return { mimetype: `image/${image.format}`, width: image.width, height: image.height };
}
