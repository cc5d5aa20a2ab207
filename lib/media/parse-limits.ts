// How much of a file's structure the media readers (lib/media) walk before
// they give up, in the browser, on the server and in the emulator alike. A
// file's bytes are capped by upload-limits.ts, but a reader's work grows with
// the number of boxes or segments, not the bytes: 16 MB of 8-byte empty HEIF
// boxes is 2 million of them, and walking them all froze the server for
// seconds. A file past any of these limits is refused as unreadable, never
// half-read as valid. Each value sits far above what a real photo holds, so
// hitting one means a file built to waste our time, and far below what would
// take a measurable share of a request (a walk to a limit takes about a
// millisecond).

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
