// A small HEIC laid out as a camera writes one: ftyp, then meta (handler,
// primary item, item infos, item locations, properties: one `ispe` size per
// picture, associated with its item), then mdat with the pictures' bytes.
// The bytes in mdat are no real HEVC stream: Chromium cannot decode HEIC
// anyway, which is exactly the case the capture page passes a HEIC through for.
function box(type: string, ...children: Buffer[]): Buffer {
  const body = Buffer.concat(children);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + body.length, 0);
  header.write(type, 4, "latin1");
  return Buffer.concat([header, body]);
}

const fullBox = (type: string, ...children: Buffer[]) => box(type, Buffer.alloc(4), ...children); // version 0, flags 0
const u16 = (value: number) => Buffer.from([value >> 8, value & 0xff]);
function u32(...values: number[]): Buffer {
  const out = Buffer.alloc(4 * values.length);
  values.forEach((value, index) => out.writeUInt32BE(value, 4 * index));
  return out;
}

export interface HeifOptions {
  brand?: string;
  /** Leave out the primary item (pitm): no viewer knows which picture to show. */
  pitm?: boolean;
  /** Leave out the picture data (mdat): the file has sizes and nothing to show. */
  mdat?: boolean;
  /** A clean aperture (clap) that crops the first picture to this size for viewers. */
  clap?: [number, number];
  /** Metadata items after the pictures, as a phone writes them: Exif (the place, the phone) and XMP. */
  exif?: Buffer;
  xmp?: Buffer;
  /** iloc version 1 (with a construction method per item), as some writers use. */
  ilocVersion?: 0 | 1;
  /** How iloc places the metadata items: a length of 0 ("to the end of the file"), or data in another file (data reference 1). */
  metadataExtent?: "to_end" | "elsewhere";
}

/** `sizes`: each picture's [width, height], in file order (put a tile first to mimic a grid photo). */
export function heif(
  sizes: [number, number][],
  { brand = "heic", pitm = true, mdat = true, clap, exif, xmp, ilocVersion = 0, metadataExtent }: HeifOptions = {},
): Buffer {
  const ftyp = box("ftyp", Buffer.from(brand, "latin1"), Buffer.alloc(4), Buffer.from(`mif1${brand}`, "latin1"));
  const items = sizes.map((_, index) => index + 1);
  const pictureBytes = 16;
  // The picture with the longer side is the primary item.
  const primary = items.reduce(
    (best, item) => (Math.max(...sizes[item - 1]!) > Math.max(...sizes[best - 1]!) ? item : best),
    1,
  );
  // Item infos and data of the metadata items, numbered after the pictures.
  const metadata = [
    ...(exif ? [{ info: Buffer.from("Exif\0", "latin1"), data: exif }] : []),
    ...(xmp ? [{ info: Buffer.from("mime\0application/rdf+xml\0", "latin1"), data: xmp }] : []),
  ].map((entry, index) => ({ ...entry, item: items.length + index + 1 }));
  const extents = [
    ...items.map((item) => ({ item, at: (item - 1) * pictureBytes, length: pictureBytes, dataReference: 0 })),
    ...metadata.map((entry, index) => ({
      item: entry.item,
      at: items.length * pictureBytes + metadata.slice(0, index).reduce((sum, earlier) => sum + earlier.data.length, 0),
      length: metadataExtent === "to_end" ? 0 : entry.data.length,
      dataReference: metadataExtent === "elsewhere" ? 1 : 0,
    })),
  ];

  const meta = (mdatPayloadAt: number) =>
    fullBox(
      "meta",
      fullBox("hdlr", Buffer.alloc(4), Buffer.from("pict", "latin1"), Buffer.alloc(12), Buffer.from([0])),
      ...(pitm ? [fullBox("pitm", u16(primary))] : []),
      fullBox(
        "iinf",
        u16(extents.length),
        ...items.map((item) =>
          box("infe", Buffer.from([2, 0, 0, 0]), u16(item), u16(0), Buffer.from("hvc1\0", "latin1")),
        ),
        ...metadata.map((entry) => box("infe", Buffer.from([2, 0, 0, 0]), u16(entry.item), u16(0), entry.info)),
      ),
      // 4-byte offsets and lengths, no base offset: one extent per item in mdat (version 1: construction method 0, the file).
      box(
        "iloc",
        Buffer.from([ilocVersion, 0, 0, 0, 0x44, 0x00]),
        u16(extents.length),
        ...extents.map(({ item, at, length, dataReference }) =>
          Buffer.concat([
            u16(item),
            ...(ilocVersion === 1 ? [u16(0)] : []),
            u16(dataReference),
            u16(1),
            u32(mdatPayloadAt + at, length),
          ]),
        ),
      ),
      box(
        "iprp",
        box(
          "ipco",
          ...sizes.map(([width, height]) => fullBox("ispe", u32(width, height))),
          ...(clap ? [box("clap", u32(clap[0], 1, clap[1], 1, 0, 1, 0, 1))] : []),
        ),
        // Item n has property n (its ispe); the first item also has the clap, if any.
        fullBox(
          "ipma",
          u32(items.length),
          ...items.map((item) =>
            Buffer.concat([u16(item), Buffer.from(item === 1 && clap ? [2, item, sizes.length + 1] : [1, item])]),
          ),
        ),
      ),
    );
  const metaLength = meta(0).length; // fixed-width fields: the offsets do not change the size
  const data = box("mdat", Buffer.alloc(items.length * pictureBytes, 0xa5), ...metadata.map((entry) => entry.data));
  return Buffer.concat([ftyp, meta(ftyp.length + metaLength + 8), ...(mdat ? [data] : [])]);
}
