// Every size and count limit, in one table, for the capture page (which
// prepares files to fit), our routes (which refuse what does not), and the
// emulator (which refuses what Veriff would). Plain numbers: safe in the
// browser. Why each value is what it is stands beside it.

const KiB = 1024;
const MiB = 1024 * KiB;

/** What Veriff takes in one request (veriff-api.md), as the emulator enforces it. */
export const VERIFF_LIMITS = {
  /** Longer side of an image, in pixels. */
  longerSidePx: 1920,
  /** An image travels as base64 in JSON: 24 MB of it. */
  imageBase64Chars: 24 * MiB,
  /** "PDF <= 20 MB": Veriff's side reads the larger 20 MiB. */
  pdfBytes: 20 * MiB,
  /** COM, SOD, DG1 and DG2 together, decoded. */
  nfcBytes: 500 * KiB,
  /** A request body, decompressed: above the largest (a 20 MiB PDF as base64 JSON, ~27 MB). */
  requestBytes: 32 * MiB,
} as const;

// What our routes take: within Veriff's limits, and no more than a route needs to read.

/** Longer side of an image, in pixels: the capture page downscales every frame to it. */
export const MAX_LONGER_SIDE = VERIFF_LIMITS.longerSidePx;
/** An image file: 24 MB of base64 is about 17 MB of file. */
export const MAX_IMAGE_BYTES = 17 * MiB;
/** A PDF, where the integration has them enabled: "20 MB", read as the smaller 20,000,000 bytes. */
export const MAX_PDF_BYTES = 20_000_000;

/** The integrator's logo (APP_BRAND_LOGO): a header image, kept in memory by every instance; real logos are a few KiB. */
export const MAX_BRAND_LOGO_BYTES = 256 * KiB;

/** JSON bodies, by route: each a generous multiple of the largest honest body, read no further. */
export const JSON_BODY_LIMITS = {
  /** {"locale":"en"} */
  consent: 1 * KiB,
  /** A fingerprint, a user agent (≤ 1 KB) and two short fields. */
  collectedData: 4 * KiB,
  /** A session: vendorData ≤ 1,000 characters, a person, a document, a callback URL. */
  newSession: 16 * KiB,
  /**
   * Twice 500 KiB of NFC data as base64 (×4/3): a body somewhat over the
   * limit is still read and told exactly why (invalid_nfc_data).
   */
  nfc: 2 * Math.ceil((VERIFF_LIMITS.nfcBytes * 4) / 3),
  /** An email and a password (≤ 128 characters): a few hundred bytes. */
  signIn: 8 * KiB,
  /** Veriff's largest webhooks (watchlist hits) are a few hundred KB. */
  webhook: 2 * MiB,
} as const;

/** How much of the capture a process and a link may take on at once. */
export const CAPTURE_LIMITS = {
  /**
   * Upload bodies one app process holds at once, counted as their bytes
   * arrive: each costs about 3.5 times its size while it is checked, encoded
   * and compressed for Veriff, so 64 MiB keeps an instance's uploads under
   * ~250 MB. Past it a request is told to come back (503, Retry-After).
   */
  uploadBytesInFlight: 64 * MiB,
  /** Uploads one session may have in flight in one process: a browser opens at most 6 connections to a host. */
  uploadsInFlightPerSession: 6,
  /** An upload body that sends nothing for this long is given up (the page itself gives up after 30 s). */
  uploadIdleMs: 30_000,
  /**
   * Frames one capture link may send per attempt, acknowledged or on their
   * way: a card's two sides, a selfie and a proof of address take 16 at 5
   * frames a side (the most CAPTURE_FRAMES_PER_CONTEXT allows), and a retake
   * of each doubles it; Veriff keeps every one,
   * and each costs an upload to Veriff. Past it: 409 too_many_frames. (The
   * upload rate limit, lib/rate-limit/rules.ts, allows twice as many
   * requests, retries included.)
   */
  framesPerAttempt: 40,
} as const;

// ---- How much of a file's structure the media readers (lib/media) walk ----
// A file's bytes are capped above, but a reader's work grows with the number
// of boxes or segments, not the bytes: 16 MB of 8-byte empty HEIF boxes is 2
// million of them, and walking them all froze the server for seconds. A file
// past any of these limits is refused as unreadable, never half-read as
// valid. Each value sits far above what a real photo holds, so hitting one
// means a file built to waste our time, and far below what would take a
// measurable share of a request (a walk to a limit takes about a millisecond).

/**
 * Boxes in one HEIF container (the file's top level, meta, iinf, ipco…). A
 * phone's HEIC codes its photo as 512 px tiles, one item (one `infe` box) each,
 * plus thumbnail, Exif, XMP, depth and HDR gain map items: an iPhone's 48 MP
 * photo has about 250 items, a 200 MP photo tiled so would have about 1,000.
 * The other containers hold a dozen boxes or so.
 */
export const MAX_HEIF_BOXES_PER_CONTAINER = 10_000;

/** Boxes read in one file over every container a reader opens: two full containers' worth. */
export const MAX_HEIF_BOXES = 2 * MAX_HEIF_BOXES_PER_CONTAINER;

/**
 * How deep a reader may open boxes inside boxes, the file's top level being
 * depth 0. The deepest box read is a property in meta/iprp/ipco (depth 3); HEIF
 * nests nothing much deeper, and a reader that ever recursed would stop here.
 */
export const MAX_HEIF_DEPTH = 8;

/** Items in a HEIF item location table (`iloc`): one per `infe` box, so the per-container limit. */
export const MAX_HEIF_ITEMS = MAX_HEIF_BOXES_PER_CONTAINER;

/**
 * Extents (runs of bytes) over all of an `iloc`'s items. Writers put an item's
 * data in one extent, rarely a few: four per item on average is a wide margin,
 * and it bounds the bytes zeroed when metadata is blanked, too.
 */
export const MAX_HEIF_EXTENTS = 4 * MAX_HEIF_ITEMS;

/**
 * Markers read in a JPEG before its frame header (SOF), which holds the size:
 * segments (APPn, DQT, DHT, DRI, COM…), fill bytes, and runs of stray bytes
 * between segments (skipped as libjpeg skips them, each run counted once). A
 * phone's JPEG has about 10 to 20: JFIF (APP0), Exif (APP1), XMP and extended
 * XMP (APP1, a depth map or a portrait's original split in 64 KB chunks), ICC
 * profile chunks and MPF (APP2), maker segments, quantisation and Huffman
 * tables. Only data split in chunks makes many segments, and then each is near
 * the 64 KB a segment holds: the 40 MB the page reads of a chosen file
 * (prepare-file.ts) hold at most 640 such, the 17 MB sent at most 266.
 */
export const MAX_JPEG_MARKERS = 1024;

/**
 * Counts the steps a reader takes over a file's structure (boxes, segments,
 * items, extents, Exif entries), for tests that prove the work is bounded
 * whatever the bytes: the readers enforce the limits above on their own.
 */
export interface ParseWork {
  steps: number;
}
