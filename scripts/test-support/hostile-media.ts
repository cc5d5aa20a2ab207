// Files built to make a media reader work hard for nothing, as an attacker
// sends them, generated at run time (no binaries in the repository), and the
// small builders they are made of.

/** An ISO base media box around `children`, its size exact. */
export function box(type: string, ...children: Uint8Array[]): Buffer {
  const body = Buffer.concat(children);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + body.length, 0);
  header.write(type, 4, "latin1");
  return Buffer.concat([header, body]);
}

/** A full box: a version and flags before `children`. */
export const fullBox = (type: string, ...children: Uint8Array[]) => box(type, Buffer.alloc(4), ...children);

/** `count` empty boxes of one type, back to back (8 bytes each). */
export function emptyBoxes(count: number, type = "free"): Buffer {
  const boxes = Buffer.alloc(8 * count);
  for (let index = 0; index < count; index++) {
    boxes.writeUInt32BE(8, 8 * index);
    boxes.write(type, 8 * index + 4, "latin1");
  }
  return boxes;
}

/** A HEIC file type box: major brand heic, compatible with mif1 and heic. */
export const heicFileType = () => box("ftyp", Buffer.from("heic\0\0\0\0mif1heic", "latin1"));

/** The finding: a HEIC of `count` empty boxes after its file type (2 million make 16 MB). */
export const emptyBoxesHeic = (count: number) => Buffer.concat([heicFileType(), emptyBoxes(count)]);

/** A JPEG baseline frame header (SOF0) for a `width` x `height` grey picture. */
export function frameHeader(width: number, height: number, marker = 0xc0): Buffer {
  const sof = Buffer.from([0xff, marker, 0, 11, 8, 0, 0, 0, 0, 1, 1, 0x11, 0]);
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  return sof;
}

/** A JPEG segment: its marker, its length (2 + the payload's), its payload. */
export function segment(marker: number, payload: Uint8Array = new Uint8Array(0)): Buffer {
  const header = Buffer.from([0xff, marker, 0, 0]);
  header.writeUInt16BE(2 + payload.length, 2);
  return Buffer.concat([header, payload]);
}

export const SOI = Buffer.from([0xff, 0xd8]);
export const EOI = Buffer.from([0xff, 0xd9]);

/**
 * The finding: a JPEG of `count` empty APP3 segments (4 bytes each: 4 million
 * make 16 MB), then a 1x1 frame header, which a reader that walks them all
 * finds and takes for a picture.
 */
export function tinySegmentsJpeg(count: number): Buffer {
  const segments = Buffer.alloc(4 * count);
  for (let index = 0; index < count; index++) segments.writeUInt32BE(0xffe30002, 4 * index);
  return Buffer.concat([SOI, segments, frameHeader(1, 1), EOI]);
}

/** An APP1 Exif segment whose first IFD holds one Orientation tag (0x0112, one SHORT), in either byte order. */
export function exifSegment(orientation: number, littleEndian = false): Buffer {
  const tiff = Buffer.alloc(8 + 2 + 12 + 4);
  const u16 = (value: number, at: number) =>
    littleEndian ? tiff.writeUInt16LE(value, at) : tiff.writeUInt16BE(value, at);
  const u32 = (value: number, at: number) =>
    littleEndian ? tiff.writeUInt32LE(value, at) : tiff.writeUInt32BE(value, at);
  tiff.write(littleEndian ? "II" : "MM", 0, "latin1");
  u16(42, 2);
  u32(8, 4); // the first IFD right after the header
  u16(1, 8); // one entry
  u16(0x0112, 10);
  u16(3, 12); // SHORT
  u32(1, 14); // one value
  u16(orientation, 18);
  return segment(0xe1, Buffer.concat([Buffer.from("Exif\0\0", "latin1"), tiff]));
}
