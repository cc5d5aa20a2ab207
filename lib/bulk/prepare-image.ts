import sharp from "sharp";
import { MAX_LONGER_SIDE } from "@/lib/limits";
import { withoutHeifMetadata } from "@/lib/media/heif-metadata";
import { sniffMedia } from "@/lib/media/sniff-media";
import { BULK_LIMITS } from "./bulk-limits";

export interface PreparedImage {
  bytes: Buffer;
  /** As sent to Veriff (and checked again by the upload's own checks). */
  mimetype: "image/jpeg" | "image/png" | "image/webp" | "image/heic" | "image/heif" | "application/pdf";
}

/** A file that cannot be sent as it is and cannot be made to fit. */
export class ImageNotUsable extends Error {
  override readonly name = "ImageNotUsable";
  constructor(
    readonly code: "unsupported_type" | "image_unreadable" | "image_too_large",
    message: string,
  ) {
    super(message);
  }
}

/**
 * A local file made ready for Veriff, as the capture page does in the
 * browser: turned upright by its EXIF orientation, downscaled so its longer
 * side is at most 1920 px, and re-encoded in its own format without any
 * metadata (sharp keeps none unless asked: no place, device or time leaves
 * this machine). A HEIC (which sharp's prebuilt libvips cannot decode) is sent
 * as it is with its Exif and XMP zeroed, and must already fit; a PDF is sent as it is.
 */
export async function prepareImage(file: Buffer): Promise<PreparedImage> {
  const sniffed = sniffMedia(file);
  if (!sniffed) throw new ImageNotUsable("unsupported_type", "Not a JPEG, PNG, WebP, HEIC or PDF file.");
  if (sniffed.mimetype === "application/pdf") return { bytes: file, mimetype: "application/pdf" };
  const longer = Math.max(sniffed.width ?? 0, sniffed.height ?? 0);
  if (sniffed.mimetype === "image/heic" || sniffed.mimetype === "image/heif") {
    if (longer > MAX_LONGER_SIDE)
      throw new ImageNotUsable(
        "image_too_large",
        `A HEIC image cannot be downscaled here and is ${longer} px on its longer side (${MAX_LONGER_SIDE} at most): convert it to JPEG.`,
      );
    const stripped = withoutHeifMetadata(new Uint8Array(file));
    if (!stripped) throw new ImageNotUsable("image_unreadable", "The HEIC file's metadata cannot be removed safely.");
    return { bytes: Buffer.from(stripped), mimetype: sniffed.mimetype };
  }
  if ((sniffed.width ?? 0) * (sniffed.height ?? 0) > BULK_LIMITS.sourcePixels)
    throw new ImageNotUsable("image_too_large", `The image has more than ${BULK_LIMITS.sourcePixels} pixels.`);
  try {
    const pipeline = sharp(file, { limitInputPixels: BULK_LIMITS.sourcePixels, failOn: "error" })
      .rotate()
      .resize({ width: MAX_LONGER_SIDE, height: MAX_LONGER_SIDE, fit: "inside", withoutEnlargement: true });
    if (sniffed.mimetype === "image/png") return { bytes: await pipeline.png().toBuffer(), mimetype: "image/png" };
    if (sniffed.mimetype === "image/webp")
      return { bytes: await pipeline.webp({ quality: 90 }).toBuffer(), mimetype: "image/webp" };
    // Quality 0.9 as the capture page: fine print stays at ~40 dB (toolchain-notes).
    return { bytes: await pipeline.jpeg({ quality: 90 }).toBuffer(), mimetype: "image/jpeg" };
  } catch (error) {
    throw new ImageNotUsable("image_unreadable", `The image cannot be decoded (${(error as Error).message}).`);
  }
}
