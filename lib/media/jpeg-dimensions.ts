// A JPEG's pixel size and EXIF orientation, read from its markers (ITU T.81)
// the way libjpeg reads them, in the browser and on the server alike. Written
// here rather than taken from image-size, which walks every segment to the
// frame header however many there are (4 million tiny ones took over a
// second), and slides a byte at a time past anything unexpected.
import { MAX_JPEG_MARKERS, type ParseWork } from "../limits";

export interface JpegDimensions {
  width: number;
  height: number;
  /** The EXIF orientation (1-8) of the first Exif segment, when it has one. */
  orientation?: number;
}

// Frame headers of the Huffman-coded JPEGs browsers decode: baseline, extended, progressive.
const DECODED_FRAMES = new Set([0xc0, 0xc1, 0xc2]);
// Segments with a length that may come before the frame header: DHT, DAC, DQT, DNL, DRI, APP0-15, COM.
const SKIPPED = new Set([0xc4, 0xcc, 0xdb, 0xdc, 0xdd, ...Array.from({ length: 16 }, (_, n) => 0xe0 + n), 0xfe]);
// Markers without a length: TEM and the restart markers, harmless out of place.
const STANDALONE = new Set([0x01, 0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7]);
// Any other marker ends the reading: SOI again, EOI or SOS (a scan) before any frame header, the frame
// headers of kinds browsers do not decode (lossless, hierarchical, arithmetic-coded), DHP, EXP, JPGn and
// reserved ones, all of which libjpeg refuses there.

/**
 * The size in the frame header, undefined for a file that is no JPEG a
 * browser decodes: no start of image, a segment cut short, a scan or the end
 * before the frame header, a marker libjpeg refuses, or more than
 * MAX_JPEG_MARKERS markers before the frame header.
 */
export function jpegDimensions(bytes: Uint8Array, work: ParseWork = { steps: 0 }): JpegDimensions | undefined {
  if (bytes.length < 2 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let orientation: number | undefined;
  let exifRead = false;
  let at = 2;
  for (let markers = 0; markers < MAX_JPEG_MARKERS; markers++) {
    work.steps++;
    if (bytes[at] !== 0xff) {
      // Stray bytes between segments: libjpeg skips them with a warning, so does this, in one step.
      const next = bytes.indexOf(0xff, at);
      if (next < 0) return undefined;
      at = next;
      continue;
    }
    const marker = bytes[at + 1];
    if (marker === undefined) return undefined;
    if (marker === 0xff) {
      at += 1; // a fill byte before the marker
      continue;
    }
    at += 2;
    if (marker === 0x00 || STANDALONE.has(marker)) continue; // 0xff00 is a stuffed byte, no marker
    if (!DECODED_FRAMES.has(marker) && !SKIPPED.has(marker)) return undefined;
    if (bytes.length - at < 2) return undefined;
    const length = view.getUint16(at);
    if (length < 2 || at + length > bytes.length) return undefined;
    const payload = at + 2;
    const end = at + length;
    if (DECODED_FRAMES.has(marker)) {
      // Sample precision, then the number of lines and of samples per line.
      if (length < 8) return undefined;
      const height = view.getUint16(payload + 1);
      const width = view.getUint16(payload + 3);
      return orientation === undefined ? { width, height } : { width, height, orientation };
    }
    if (marker === 0xe1 && !exifRead && isExif(bytes, payload, end)) {
      // Only the first Exif segment: its entries are bounded by its length, and phones write one.
      exifRead = true;
      orientation = exifOrientation(view, payload + EXIF_HEADER.length, end, work);
    }
    at = end;
  }
  return undefined;
}

const EXIF_HEADER = [0x45, 0x78, 0x69, 0x66, 0, 0]; // "Exif\0\0"

function isExif(bytes: Uint8Array, from: number, to: number): boolean {
  return to - from >= EXIF_HEADER.length && EXIF_HEADER.every((byte, index) => bytes[from + index] === byte);
}

/** The Orientation tag (0x0112, one SHORT) of the TIFF structure's first IFD, from `tiff` to `end`. */
function exifOrientation(view: DataView, tiff: number, end: number, work: ParseWork): number | undefined {
  if (end - tiff < 8) return undefined;
  const order = view.getUint16(tiff);
  if (order !== 0x4949 && order !== 0x4d4d) return undefined; // "II" little-endian, "MM" big-endian
  const little = order === 0x4949;
  const ifd = tiff + view.getUint32(tiff + 4, little);
  if (ifd + 2 > end) return undefined;
  const count = view.getUint16(ifd, little);
  // Each entry is 12 bytes inside the segment: at most 5,460 in the 64 KB a segment holds.
  for (let entry = ifd + 2, index = 0; index < count && entry + 12 <= end; index++, entry += 12) {
    work.steps++;
    if (view.getUint16(entry, little) !== 0x0112) continue;
    const type = view.getUint16(entry + 2, little);
    const values = view.getUint32(entry + 4, little);
    const value = view.getUint16(entry + 8, little);
    return type === 3 && values === 1 && value >= 1 && value <= 8 ? value : undefined;
  }
  return undefined;
}
