// Browser side: the JPEG encoding shared by the camera, the worker and chosen
// files: at most 1920 px on the longer side (never upscaled), quality 0.9. A
// camera frame is drawn from the video element at the camera's full
// resolution (not the on-screen size).
import { MAX_LONGER_SIDE } from "@/lib/limits";
import type { Box } from "./guide-region";

export const JPEG_QUALITY = 0.9; // ~40 dB in fine print for ~370 KB (toolchain notes)

export interface EncodedFrame {
  blob: Blob;
  width: number;
  height: number;
}

export function scaledSize(
  width: number,
  height: number,
  maxSide = MAX_LONGER_SIDE,
): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  // At least 1 px: a 0 px side (a 5000x1 strip) makes the canvas fail to encode.
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * How a chosen photo is decoded: upright as the camera meant it (EXIF), and,
 * when the size it will be drawn at is known, shrunk while decoding, so a
 * 12-megapixel photo never sits in memory at full size (48 MB) where the
 * browser can avoid it. Browsers without the resize options ignore them.
 */
export function decodeOptions(fit?: { width: number; height: number }): ImageBitmapOptions {
  return {
    imageOrientation: "from-image",
    ...(fit ? { resizeWidth: fit.width, resizeHeight: fit.height, resizeQuality: "high" } : {}),
  };
}

/** Resolves once the video has a picture (the stream may be granted before its first frame). */
export function waitForPicture(video: HTMLVideoElement, timeoutMs = 5_000): Promise<void> {
  if (video.videoWidth > 0 && video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the camera has not delivered a picture yet")), timeoutMs);
    video.addEventListener(
      "loadeddata",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/** `crop`: the part of the frame to keep (in the video's pixels); the whole frame without one. */
export async function encodeVideoFrame(video: HTMLVideoElement, crop?: Box): Promise<EncodedFrame> {
  await waitForPicture(video);
  if (!video.videoWidth || !video.videoHeight) throw new Error("the camera has not delivered a picture yet");
  return drawToJpeg(video, crop ?? { x: 0, y: 0, width: video.videoWidth, height: video.videoHeight });
}

/** Draws part of a picture (a video frame, a decoded file) at most 1920 px on its longer side and encodes it as JPEG. */
export async function drawToJpeg(source: CanvasImageSource, part: Box): Promise<EncodedFrame> {
  const { width, height } = scaledSize(part.width, part.height);
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("this browser cannot draw the picture");
  context.imageSmoothingQuality = "high";
  context.drawImage(source, part.x, part.y, part.width, part.height, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", JPEG_QUALITY));
  if (!blob) throw new Error("this browser could not encode the picture");
  return { blob, width, height };
}
