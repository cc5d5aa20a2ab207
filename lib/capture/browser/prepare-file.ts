// Browser side: a file the end-user chose instead of using the camera, made
// ready to send. Whatever the browser can decode is redrawn as a JPEG at most
// 1920 px on its longer side: that also drops the file's metadata (EXIF: the
// place it was taken, the phone's serial number), which Veriff does not need.
// A HEIC the browser cannot decode (Chrome, Firefox) goes as it is, when its
// own size boxes show it is small enough, with its Exif and XMP metadata
// zeroed (lib/media/heif-metadata.ts). A PDF, where the integration takes
// them, goes as it is: it has no pixels to shrink.
import { withoutHeifMetadata } from "@/lib/media/heif-metadata";
import { claimsImage, imageDimensions, type ImageFormat } from "@/lib/media/image-dimensions";
import { isPdf } from "@/lib/media/sniff-media";
import { MAX_IMAGE_BYTES, MAX_LONGER_SIDE, MAX_PDF_BYTES } from "@/lib/limits";
import { scaledSize } from "./encode-frame";
import { encodeFile } from "./frame-encoder";

// Larger inputs than the server takes are only read to be shrunk, and past
// this even that is not worth a phone's memory.
export const MAX_INPUT_BYTES = 40 * 1024 * 1024;
// A decoded picture takes 4 bytes a pixel: 50 megapixels is 200 MB, more than
// a phone's tab can count on. A small file may claim far more (a 1 MB PNG of
// 20000x20000 decodes to 1.6 GB and crashes the tab), so the header decides.
export const MAX_DECODE_PIXELS = 50_000_000;
const IMAGE_TYPES = "image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif";

/** The file input's `accept`: PDFs only where the integration takes them and the side may be one. */
export function acceptedFileTypes(pdf: boolean): string {
  return pdf ? `${IMAGE_TYPES},application/pdf,.pdf` : IMAGE_TYPES;
}

export type PreparedFile =
  | { ok: true; blob: Blob; format: ImageFormat | "pdf"; redrawn: boolean }
  | { ok: false; code: FileProblem; width?: number };

export type FileProblem =
  "file_too_large" | "image_too_large" | "unsupported_file" | "unreadable_file" | "heic_too_large" | "pdf_too_large";

export async function prepareFile(file: Blob, { pdf = false }: { pdf?: boolean } = {}): Promise<PreparedFile> {
  if (file.size > MAX_INPUT_BYTES) return { ok: false, code: "file_too_large" };
  // The bytes say what the file is; its name and declared type may not.
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (isPdf(bytes)) {
    if (!pdf) return { ok: false, code: "unsupported_file" };
    if (file.size > MAX_PDF_BYTES) return { ok: false, code: "pdf_too_large" };
    return { ok: true, blob: new Blob([bytes], { type: "application/pdf" }), format: "pdf", redrawn: false };
  }
  const image = imageDimensions(bytes);
  if (!image) return { ok: false, code: claimsImage(bytes) ? "unreadable_file" : "unsupported_file" };

  if (image.width * image.height > MAX_DECODE_PIXELS) return { ok: false, code: "image_too_large" };

  // Decoded straight at the size sent, unless EXIF turns it: browsers disagree
  // on whether the resize applies before or after the turn, and a wrong guess
  // would squash the picture. drawToJpeg shrinks it then.
  const fit =
    Math.max(image.width, image.height) > MAX_LONGER_SIDE && !image.turned
      ? scaledSize(image.width, image.height)
      : undefined;
  const encoded = await encodeFile(file, fit).catch(() => null);
  if (encoded) return { ok: true, blob: encoded.blob, format: "jpeg", redrawn: true };
  if (image.format !== "heic" && image.format !== "heif") return { ok: false, code: "unreadable_file" };
  const longerSide = Math.max(image.width, image.height);
  if (longerSide > MAX_LONGER_SIDE || file.size > MAX_IMAGE_BYTES)
    return { ok: false, code: "heic_too_large", width: longerSide };
  // Sent only without where it was taken: a HEIC whose metadata cannot be reached is not sent at all.
  const clean = withoutHeifMetadata(bytes);
  if (!clean) return { ok: false, code: "unreadable_file" };
  return { ok: true, blob: new Blob([clean], { type: `image/${image.format}` }), format: image.format, redrawn: false };
}
