// A file's real type and pixel size, read from its bytes: a declared type
// (Content-Type, a data: URI) is never trusted. Used by the upload route and
// by the emulator, which checks what Veriff would.
import { imageSize } from "image-size";

export interface SniffedMedia {
  mimetype: string;
  width?: number;
  height?: number;
}

/** The file's real type and size, read from its bytes (a data URI's declared type is not trusted). */
export function sniffMedia(bytes: Buffer): SniffedMedia | undefined {
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") return { mimetype: "application/pdf" };
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    return undefined;
  }
  const mimetype = {
    jpg: "image/jpeg",
    png: "image/png",
    webp: "image/webp",
    heif: heifMimetype(bytes),
  }[size.type ?? ""];
  if (!mimetype) return undefined;
  // EXIF orientations 5-8 rotate the picture a quarter turn: Veriff sees it that way.
  const rotated = size.orientation !== undefined && size.orientation >= 5;
  return { mimetype, width: rotated ? size.height : size.width, height: rotated ? size.width : size.height };
}

function heifMimetype(bytes: Buffer): string {
  const brand = bytes.subarray(8, 12).toString("latin1");
  return ["heic", "heix", "hevc", "hevx"].includes(brand) ? "image/heic" : "image/heif";
}
