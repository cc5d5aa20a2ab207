// Browser side: a photo the end-user chose instead of using the camera, made
// ready to send. Whatever the browser can decode is redrawn as a JPEG at most
// 1920 px on its longer side: that also drops the file's metadata (EXIF: the
// place it was taken, the phone's serial number), which Veriff does not need.
// A HEIC the browser cannot decode (Chrome, Firefox) goes as it is, when its
// own size boxes show it is small enough.
import { claimsHeif, imageDimensions, type ImageFormat } from "@/lib/media/image-dimensions";
import { MAX_LONGER_SIDE, scaledSize } from "./encode-frame";
import { encodeFile } from "./frame-encoder";

// What the server takes (Veriff: about 17 MB of file); larger inputs are only
// read to be shrunk, and past this even that is not worth a phone's memory.
export const MAX_PASSTHROUGH_BYTES = 17 * 1024 * 1024;
export const MAX_INPUT_BYTES = 40 * 1024 * 1024;
// A decoded picture takes 4 bytes a pixel: 50 megapixels is 200 MB, more than
// a phone's tab can count on. A small file may claim far more (a 1 MB PNG of
// 20000x20000 decodes to 1.6 GB and crashes the tab), so the header decides.
export const MAX_DECODE_PIXELS = 50_000_000;
export const ACCEPTED_FILE_TYPES = "image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif";

export type PreparedFile =
  | { ok: true; blob: Blob; width: number; height: number; format: ImageFormat; redrawn: boolean }
  | { ok: false; code: FileProblem; width?: number };

export type FileProblem = "file_too_large" | "image_too_large" | "unsupported_file" | "unreadable_file" | "heic_too_large";

export async function prepareFile(file: Blob): Promise<PreparedFile> {
  if (file.size > MAX_INPUT_BYTES) return { ok: false, code: "file_too_large" };
  // The bytes say what the file is; its name and declared type may not.
  const bytes = new Uint8Array(await file.arrayBuffer());
  const image = imageDimensions(bytes);
  if (!image) return { ok: false, code: claimsHeif(bytes) ? "unreadable_file" : "unsupported_file" };

  if (image.width * image.height > MAX_DECODE_PIXELS) return { ok: false, code: "image_too_large" };

  // Decoded straight at the size sent, unless EXIF turns it: browsers disagree
  // on whether the resize applies before or after the turn, and a wrong guess
  // would squash the picture. drawToJpeg shrinks it then.
  const fit = Math.max(image.width, image.height) > MAX_LONGER_SIDE && !image.turned ? scaledSize(image.width, image.height) : undefined;
  const encoded = await encodeFile(file, fit).catch(() => null);
  if (encoded) return { ok: true, ...encoded, format: "jpeg", redrawn: true };
  if (image.format !== "heic" && image.format !== "heif") return { ok: false, code: "unreadable_file" };
  const longerSide = Math.max(image.width, image.height);
  if (longerSide > MAX_LONGER_SIDE || file.size > MAX_PASSTHROUGH_BYTES) return { ok: false, code: "heic_too_large", width: longerSide };
  return { ok: true, blob: new Blob([file], { type: `image/${image.format}` }), width: image.width, height: image.height, format: image.format, redrawn: false };
}
