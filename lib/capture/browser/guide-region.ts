// Browser side: which pixels of the camera's picture lie under the on-screen
// guide, so the quality hints judge the document and not the table around it,
// and a proof of address is sent as the page alone (a bill is read for its
// small print: a whole landscape frame shrunk to 1920 px leaves an upright
// page about 860 px tall; cut to the guide, it keeps every camera pixel).
// Measured from the layout rather than copied from the guide's CSS, so a
// change of the guide's shape cannot leave the hints judging the wrong area.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Size {
  width: number;
  height: number;
}

/**
 * The guide's area in the picture's own pixels (fractional: the layout is). The
 * preview shows the picture centred with object-fit: cover (scaled to fill, the
 * overflow cut off), and the guide is centred on it, so a mirrored preview
 * covers the same pixels.
 */
export function guideRegion(picture: Size, preview: Box, guide: Box): Box {
  const scale = Math.max(preview.width / picture.width, preview.height / picture.height);
  // CSS pixels of the scaled picture cut off on the left and at the top.
  const cutX = (picture.width * scale - preview.width) / 2;
  const cutY = (picture.height * scale - preview.height) / 2;
  const left = clamp((guide.x - preview.x + cutX) / scale, picture.width);
  const top = clamp((guide.y - preview.y + cutY) / scale, picture.height);
  const right = clamp((guide.x + guide.width - preview.x + cutX) / scale, picture.width);
  const bottom = clamp((guide.y + guide.height - preview.y + cutY) / scale, picture.height);
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * A region grown by `share` of its size on every side, within the picture:
 * the room a document held a little off the guide needs to arrive whole.
 */
export function withMargin(region: Box, share: number, picture: Size): Box {
  const left = clamp(region.x - region.width * share, picture.width);
  const top = clamp(region.y - region.height * share, picture.height);
  const right = clamp(region.x + region.width * (1 + share), picture.width);
  const bottom = clamp(region.y + region.height * (1 + share), picture.height);
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * A region in whole pixels. The size is rounded from the size, not from both
 * rounded edges: where the guide sits to a fraction of a pixel (a scrollbar
 * shifts it by half of its width) must not change the photo's dimensions.
 */
export function wholePixels(region: Box, picture: Size): Box {
  const x = Math.round(region.x);
  const y = Math.round(region.y);
  return {
    x,
    y,
    width: Math.min(Math.round(region.width), picture.width - x),
    height: Math.min(Math.round(region.height), picture.height - y),
  };
}

function clamp(value: number, max: number): number {
  return Math.min(max, Math.max(0, value));
}
