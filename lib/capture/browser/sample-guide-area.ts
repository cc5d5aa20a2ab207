// Browser side: a small grey copy of what the camera shows under the guide,
// for the quality hints (frame-quality.ts measures it).
import { SAMPLE_SIDE, toGrey } from "./frame-quality";
import { guideRegion } from "./guide-region";

export interface GuideSample {
  grey: Uint8Array;
  width: number;
  height: number;
}

/** Draws the guide's area of the current video frame onto `canvas` at the sampling scale (SAMPLE_SIDE); null before the camera has a picture. */
export function sampleGuideArea(
  video: HTMLVideoElement,
  guide: Element,
  canvas: HTMLCanvasElement,
  context: CanvasRenderingContext2D,
): GuideSample | null {
  if (!video.videoWidth || !video.videoHeight || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) return null;
  const region = guideRegion(
    { width: video.videoWidth, height: video.videoHeight },
    video.getBoundingClientRect(),
    guide.getBoundingClientRect(),
  );
  if (region.width < 3 || region.height < 3) return null;
  const scale = SAMPLE_SIDE / Math.max(video.videoWidth, video.videoHeight);
  const width = Math.max(3, Math.round(region.width * scale));
  const height = Math.max(3, Math.round(region.height * scale));
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  context.drawImage(video, region.x, region.y, region.width, region.height, 0, 0, width, height);
  return { grey: toGrey(context.getImageData(0, 0, width, height).data), width, height };
}
