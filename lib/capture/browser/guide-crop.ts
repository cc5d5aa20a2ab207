// Browser side: the part of a camera frame inside the page guide. A bill or
// statement is read for its small print: sent whole, a landscape frame shrunk
// to 1920 px leaves an upright page about 860 px tall (some 75 dpi); cut to
// the guide first, the same page keeps every pixel the camera gave it.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

// As components/capture/guide-overlay.tsx draws the page guide: 80% of the
// preview's height, an A4 page upright (210 x 297 mm).
const PAGE_HEIGHT_SHARE = 0.8;
const PAGE_ASPECT = 210 / 297;
// Room around the guide, so a page held a little off still arrives whole.
const MARGIN = 0.1;

/**
 * The rectangle of the video frame (in its own pixels) that the page guide
 * covers on screen, with a margin, for a preview of `view` size showing the
 * video as `object-fit: cover` (centred, cropped to fill).
 */
export function pageGuideCrop(video: { width: number; height: number }, view: { width: number; height: number }): Rect {
  const scale = Math.max(view.width / video.width, view.height / video.height);
  // The guide's size on screen, in video pixels, with the margin on every side.
  const guideHeight = (view.height * PAGE_HEIGHT_SHARE) / scale;
  const height = Math.min(video.height, guideHeight * (1 + 2 * MARGIN));
  const width = Math.min(video.width, guideHeight * PAGE_ASPECT * (1 + 2 * MARGIN));
  const x = Math.round((video.width - width) / 2);
  const y = Math.round((video.height - height) / 2);
  return { x, y, width: Math.round(width), height: Math.round(height) };
}
