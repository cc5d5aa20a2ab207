// fast-check arbitraries for the media readers' property tests: random bytes
// reach little past a format's first check, so these build inputs that look
// like the real structures (boxes in boxes with sizes right, wrong or open;
// JPEG marker streams; real HEICs with bytes changed) to reach the paths
// where the work is.
import fc from "fast-check";
import { heif } from "./heif";
import { box, exifSegment, frameHeader, fullBox, heicFileType, SOI, segment } from "./hostile-media";

/** Sometimes a value, mostly nothing: a file cut short, or a box's fields cut short, now and then. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });
const bytes = (maxLength: number) => fc.uint8Array({ maxLength }).map((array) => Buffer.from(array));
function u32(...values: number[]): Buffer {
  const out = Buffer.alloc(4 * values.length);
  values.forEach((value, index) => out.writeUInt32BE(value, 4 * index));
  return out;
}

// ---------------------------------------------------------------- HEIF boxes

const BOX_TYPES = ["ftyp", "meta", "mdat", "hdlr", "pitm", "iinf", "infe", "iloc", "idat", "iprp", "ipco", "ispe"];
const boxType = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...BOX_TYPES) },
  { weight: 1, arbitrary: fc.constantFrom("free", "clap", "ipma", "iref", "uuid") },
  {
    weight: 1,
    arbitrary: fc.uint8Array({ minLength: 4, maxLength: 4 }).map((type) => Buffer.from(type).toString("latin1")),
  },
);

/** How a box states its size: exactly, as 0 ("to the end of the parent"), in 64 bits, or wrongly. */
type SizeMode = { kind: "exact" } | { kind: "open" } | { kind: "large" } | { kind: "wrong"; size: number };
const sizeMode: fc.Arbitrary<SizeMode> = fc.oneof(
  { weight: 8, arbitrary: fc.constant({ kind: "exact" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "open" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "large" as const }) },
  { weight: 1, arbitrary: fc.nat().map((size) => ({ kind: "wrong" as const, size })) },
);

/** Payloads that look like the fields of the boxes read: full box headers, an ispe's size, infe and iloc entries. */
const payload = fc.oneof(
  bytes(24),
  fc.tuple(fc.nat(4000), fc.nat(4000)).map(([width, height]) => Buffer.concat([Buffer.alloc(4), u32(width, height)])),
  fc
    .tuple(fc.constantFrom(0, 1, 2, 3), fc.nat(0xffff), fc.constantFrom("Exif", "mime", "hvc1", "grid"), bytes(24))
    .map(([version, item, type, rest]) =>
      Buffer.concat([Buffer.from([version, 0, 0, 0, item >> 8, item & 0xff, 0, 0]), Buffer.from(type, "latin1"), rest]),
    ),
  fc
    .tuple(fc.constantFrom(0, 1, 2, 3), fc.constantFrom(0x00, 0x44, 0x88, 0x40, 0x04), fc.nat(0xff), bytes(48))
    .map(([version, sizes, more, rest]) => Buffer.concat([Buffer.from([version, 0, 0, 0, sizes, more]), rest])),
);

export interface BoxSpec {
  type: string;
  size: SizeMode;
  /** A full box's version and flags, written before the children. */
  fields?: Buffer;
  content: Buffer | BoxSpec[];
}

const { tree } = fc.letrec<{ tree: BoxSpec }>((tie) => ({
  tree: fc.record({
    type: boxType,
    size: sizeMode,
    fields: fc.option(
      fc.constantFrom(Buffer.from([0, 0, 0, 0]), Buffer.from([1, 0, 0, 0]), Buffer.from([2, 0, 0, 0])),
      {
        nil: undefined,
      },
    ),
    content: fc.oneof(
      { maxDepth: 4, depthSize: "small", withCrossShrink: true },
      payload,
      fc.array(tie("tree"), { maxLength: 5 }),
    ),
  }),
}));

export function serialize(spec: BoxSpec): Buffer {
  const body = Buffer.concat([
    spec.fields ?? Buffer.alloc(0),
    ...(Array.isArray(spec.content) ? spec.content.map(serialize) : [spec.content]),
  ]);
  const header = Buffer.alloc(spec.size.kind === "large" ? 16 : 8);
  header.write(spec.type, 4, "latin1");
  if (spec.size.kind === "exact") header.writeUInt32BE(8 + body.length, 0);
  if (spec.size.kind === "wrong") header.writeUInt32BE(spec.size.size, 0);
  if (spec.size.kind === "large") {
    header.writeUInt32BE(1, 0);
    header.writeBigUInt64BE(BigInt(16 + body.length), 8);
  }
  return Buffer.concat([header, body]);
}

/** A file that starts as a HEIF does (an ftyp box with a brand), then random boxes in boxes. */
export const heifLike: fc.Arbitrary<Buffer> = fc
  .tuple(fc.constantFrom("heic", "heix", "mif1", "avif", "isom"), fc.array(tree, { maxLength: 6 }), bytes(8))
  .map(([brand, boxes, tail]) =>
    Buffer.concat([box("ftyp", Buffer.from(`${brand}\0\0\0\0mif1`, "latin1")), ...boxes.map(serialize), tail]),
  );

/** A HEIC as heif() builds it (pictures, Exif, XMP, both iloc versions), then broken here and there. */
export const damagedHeic: fc.Arbitrary<Buffer> = fc
  .tuple(
    fc.array(fc.tuple(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 })), {
      minLength: 1,
      maxLength: 4,
    }),
    fc.record({
      exif: fc.boolean(),
      xmp: fc.boolean(),
      ilocVersion: fc.constantFrom(0 as const, 1 as const),
      metadataExtent: fc.constantFrom(undefined, "to_end" as const, "elsewhere" as const),
    }),
    fc.array(fc.tuple(fc.nat(), fc.nat(0xff)), { maxLength: 3 }),
    sometimes(fc.nat()),
  )
  .map(([sizes, options, changes, cut]) => {
    const photo = heif(sizes, {
      exif: options.exif ? Buffer.from("Exif\0\0MM\0*GPS", "latin1") : undefined,
      xmp: options.xmp ? Buffer.from("<x:xmpmeta/>", "latin1") : undefined,
      ilocVersion: options.ilocVersion,
      metadataExtent: options.metadataExtent,
    });
    for (const [at, value] of changes) photo[at % photo.length] = value;
    return cut === undefined ? photo : photo.subarray(0, cut % (photo.length + 1));
  });

/** An item info entry (infe) of any version, for an Exif, XMP or picture item, its fields possibly cut short. */
const itemInfo = fc
  .tuple(
    fc.constantFrom(0, 1, 2, 3),
    fc.integer({ min: 1, max: 6 }),
    fc.constantFrom("Exif", "mime", "hvc1"),
    fc.constantFrom("\0", "name\0", "\0application/rdf+xml\0", "x\0application/rdf+xml", "no end"),
    sometimes(fc.oneof(fc.constant(0), fc.nat(24))),
  )
  .map(([version, item, type, strings, cut]) => {
    const id = version === 3 ? u32(item) : Buffer.from([item >> 8, item & 0xff]);
    const fields = Buffer.concat([id, Buffer.alloc(2), Buffer.from(type + strings, "latin1")]);
    return box("infe", Buffer.from([version, 0, 0, 0]), cut === undefined ? fields : fields.subarray(0, cut));
  });

/** An item location table (iloc) of any version and field sizes, its items' extents somewhere in a small file. */
const itemLocations = fc
  .tuple(
    fc.constantFrom(0, 1, 2),
    fc.constantFrom(0, 4, 8),
    fc.constantFrom(0, 4, 8),
    fc.constantFrom(0, 4, 8),
    fc.constantFrom(0, 4),
    fc.array(
      fc.record({
        item: fc.integer({ min: 1, max: 6 }),
        method: fc.constantFrom(0, 1, 2),
        reference: fc.constantFrom(0, 0, 1),
        base: fc.nat(64),
        extents: fc.array(fc.tuple(fc.nat(600), fc.nat(80)), { maxLength: 3 }),
      }),
      { maxLength: 6 },
    ),
    sometimes(fc.nat(80)),
  )
  .map(([version, offsetSize, lengthSize, baseSize, indexSize, items, cut]) => {
    const field = (size: number, value: number) =>
      size === 0 ? Buffer.alloc(0) : size === 4 ? u32(value) : Buffer.concat([u32(0), u32(value)]);
    const count = (value: number) => (version < 2 ? Buffer.from([value >> 8, value & 0xff]) : u32(value));
    const table = Buffer.concat([
      Buffer.from([(offsetSize << 4) | lengthSize, (baseSize << 4) | indexSize]),
      count(items.length),
      ...items.map((entry) =>
        Buffer.concat([
          count(entry.item),
          ...(version > 0 ? [Buffer.from([0, entry.method])] : []),
          Buffer.from([0, entry.reference]),
          field(baseSize, entry.base),
          Buffer.from([0, entry.extents.length]),
          ...entry.extents.map(([offset, length]) =>
            Buffer.concat([
              field(version > 0 ? indexSize : 0, 1),
              field(offsetSize, offset),
              field(lengthSize, length),
            ]),
          ),
        ]),
      ),
    ]);
    return box("iloc", Buffer.from([version, 0, 0, 0]), cut === undefined ? table : table.subarray(0, cut));
  });

/** A HEIF whose meta box holds item infos and locations (and idat, and other boxes) in any order, meta last or not. */
export const heifWithItems: fc.Arbitrary<Buffer> = fc
  .tuple(
    fc.constantFrom(0, 1),
    fc.array(itemInfo, { maxLength: 6 }),
    itemLocations,
    fc
      .shuffledSubarray(["iinf", "iloc", "idat", "other"], { minLength: 2 })
      .filter((names) => names.includes("iinf") && names.includes("iloc")),
    fc.array(tree, { maxLength: 2 }),
    bytes(300),
    fc.boolean(),
  )
  .map(([iinfVersion, infos, iloc, order, others, data, metaLast]) => {
    const count = iinfVersion === 0 ? Buffer.from([0, infos.length]) : u32(infos.length);
    const iinf = box("iinf", Buffer.from([iinfVersion, 0, 0, 0]), count, ...infos);
    const children = order.map((name) =>
      name === "iinf"
        ? iinf
        : name === "iloc"
          ? iloc
          : name === "idat"
            ? box("idat", data)
            : Buffer.concat(others.map(serialize)),
    );
    const meta = fullBox("meta", ...children);
    const mdat = box("mdat", data);
    return Buffer.concat([heicFileType(), ...(metaLast ? [mdat, meta] : [meta, mdat])]);
  });

// ------------------------------------------------------------- JPEG markers

const SKIPPED_MARKERS = [0xc4, 0xcc, 0xdb, 0xdc, 0xdd, 0xe0, 0xe1, 0xe2, 0xed, 0xee, 0xef, 0xfe];
const part: fc.Arbitrary<Buffer> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...SKIPPED_MARKERS), bytes(40)).map(([m, p]) => segment(m, p)) },
  { weight: 1, arbitrary: fc.tuple(fc.nat(0xff), bytes(40)).map(([m, p]) => segment(m, p)) },
  // A length that lies: too short, or past the end.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...SKIPPED_MARKERS), fc.nat(0xffff), bytes(8)).map(lying) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: 9 }), fc.boolean()).map(([o, le]) => exifSegment(o, le)) },
  { weight: 1, arbitrary: bytes(40).map((tiff) => segment(0xe1, Buffer.concat([Buffer.from("Exif\0\0"), tiff]))) },
  // Fill bytes, stray bytes, standalone markers, a stuffed zero.
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 6 }).map((count) => Buffer.alloc(count, 0xff)) },
  { weight: 1, arbitrary: bytes(6) },
  { weight: 1, arbitrary: fc.constantFrom(0x01, 0xd0, 0xd7, 0x00).map((m) => Buffer.from([0xff, m])) },
  // A scan or the end of the image, before any frame header.
  { weight: 1, arbitrary: fc.constantFrom(0xda, 0xd9, 0xd8).map((m) => Buffer.from([0xff, m])) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.nat(0xffff), fc.nat(0xffff), fc.integer({ min: 0xc0, max: 0xcf }))
      .map(([width, height, marker]) => frameHeader(width, height, marker)),
  },
);

function lying([marker, length, rest]: [number, number, Buffer]): Buffer {
  const header = Buffer.from([0xff, marker, 0, 0]);
  header.writeUInt16BE(length, 2);
  return Buffer.concat([header, rest]);
}

/** A start of image, then a stream of segments, frame headers and odd bytes as a JPEG (or a broken one) has them. */
export const jpegLike: fc.Arbitrary<Buffer> = fc
  .array(part, { maxLength: 24 })
  .map((parts) => Buffer.concat([SOI, ...parts]));

// ---------------------------------------------------------------- any bytes

/** Random bytes, alone or after the first bytes of each format read, so each reader's own checks are reached. */
export const anyFile: fc.Arbitrary<Buffer> = fc
  .tuple(
    fc.constantFrom(
      "",
      "\xff\xd8",
      "\xff\xd8\xff",
      "\x89PNG\r\n\x1a\n",
      "\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR",
      "RIFF\0\0\0\0WEBPVP8X",
      "RIFF\0\0\0\0WEBPVP8 ",
      "RIFF\0\0\0\0WEBPVP8L",
      "\0\0\0\x18ftypheic",
      "%PDF-",
      "%PDF-1.",
    ),
    bytes(256),
  )
  .map(([start, rest]) => Buffer.concat([Buffer.from(start, "latin1"), rest]));
