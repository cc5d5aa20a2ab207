// What Veriff takes in one media upload (veriff-api.md), kept once for the
// browser, which prepares files to fit, and the server, which checks them.
// The emulator keeps its own copy on purpose: it stands for Veriff.

/** Longer side of an image, in pixels. */
export const MAX_LONGER_SIDE = 1920;
/** An image file: Veriff takes 24 MB of base64, about 17 MB of file. */
export const MAX_IMAGE_BYTES = 17 * 1024 * 1024;
/** A PDF, where the integration has them enabled: "20 MB", read as the smaller 20,000,000 bytes. */
export const MAX_PDF_BYTES = 20_000_000;
