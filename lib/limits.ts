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
  /** An email and a password (≤ 128 characters). */
  signIn: 4 * KiB,
  /** Veriff's largest webhooks (watchlist hits) are a few hundred KB. */
  webhook: 2 * MiB,
} as const;

/** How much of the capture a process and a link may take on at once. */
export const CAPTURE_LIMITS = {
  /**
   * Upload bodies one app process holds at once, by their declared size: each
   * costs about 3.5 times its size while it is checked, encoded and
   * compressed for Veriff, so 64 MiB keeps an instance's uploads under
   * ~250 MB. Past it a request is told to come back (503, Retry-After).
   */
  uploadBytesInFlight: 64 * MiB,
  /**
   * Frames one capture link may send per attempt, acknowledged or on their
   * way: a card with a selfie and a proof of address takes 7 at 2 frames per
   * side, and retakes add more; Veriff keeps every one, and each costs an
   * upload to Veriff. Past it: 409 too_many_frames.
   */
  framesPerAttempt: 60,
} as const;
