// What one bulk manifest and its files may be: the files are the operator's
// own, but a manifest of thousands is read before anything is sent, and each
// image is decoded to be downscaled, so every read and decode is bounded.

const MiB = 1024 * 1024;

export const BULK_LIMITS = {
  /** The manifest file itself: ~100,000 rows of a few hundred characters. */
  manifestBytes: 64 * MiB,
  rows: 100_000,
  /** One source image file, before it is downscaled: a phone's HEIC or a scanner's PNG fits. */
  sourceImageBytes: 40 * MiB,
  /** Pixels decoded from one source image (a 12,000 x 8,000 scan): sharp refuses more before decoding. */
  sourcePixels: 100_000_000,
  /** Images of one row, all contexts together (a capture link may send 40). */
  imagesPerRow: 20,
} as const;
