// Files built to make the media readers work hard for nothing (the findings
// of issue #12), and the limits that stop them: each is refused after a
// bounded number of steps, not half-read as a picture.
import { describe, expect, it } from "vitest";
import { heif } from "@/scripts/test-support/heif";
import {
  box,
  emptyBoxes,
  emptyBoxesHeic,
  fullBox,
  heicFileType,
  tinySegmentsJpeg,
} from "@/scripts/test-support/hostile-media";
import { readBoxes } from "./heif-boxes";
import { heifDimensions } from "./heif-dimensions";
import { withoutHeifMetadata } from "./heif-metadata";
import { claimsImage } from "./image-dimensions";
import {
  MAX_HEIF_BOXES,
  MAX_HEIF_BOXES_PER_CONTAINER,
  MAX_HEIF_DEPTH,
  MAX_HEIF_EXTENTS,
  MAX_HEIF_ITEMS,
  MAX_JPEG_MARKERS,
  type ParseWork,
} from "../limits";
import { sniffMedia } from "./sniff-media";

/** The median time of a few runs, in ms: the first run pays for compiling and for the file's first touch. */
function medianMs(run: () => unknown): number {
  const times = Array.from({ length: 5 }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return times[2]!;
}

const u16 = (value: number) => Buffer.from([value >> 8, value & 0xff]);
const u32 = (value: number) => Buffer.from([value >>> 24, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff]);

describe("the findings", () => {
  it("refuses the 16 MB HEIC of 2 million empty boxes after reading as many as one container may hold", () => {
    const file = emptyBoxesHeic(2_000_000);
    expect(file.length).toBe(16_000_024);
    expect(claimsImage(file)).toBe(true); // so the upload route answers 422 unreadable_file
    const work: ParseWork = { steps: 0 };
    expect(sniffMedia(file, work)).toBeUndefined();
    expect(work.steps).toBe(MAX_HEIF_BOXES_PER_CONTAINER);
    const blanking: ParseWork = { steps: 0 };
    expect(withoutHeifMetadata(new Uint8Array(file), blanking)).toBeNull();
    expect(blanking.steps).toBe(MAX_HEIF_BOXES_PER_CONTAINER);
    // Reading all of them took 0.9-1.8 s; the limit leaves about half a millisecond.
    expect(medianMs(() => sniffMedia(file))).toBeLessThan(100);
  });

  it("refuses the JPEG of 4 million tiny segments, which a reader walking them all takes for a 1x1 picture", () => {
    const file = tinySegmentsJpeg(4_000_000);
    expect(file.length).toBe(16_000_017);
    expect(claimsImage(file)).toBe(true);
    // The same file with a few segments is a picture: the segments are not what is refused, their number is.
    expect(sniffMedia(tinySegmentsJpeg(10))).toEqual({ mimetype: "image/jpeg", width: 1, height: 1 });
    const work: ParseWork = { steps: 0 };
    expect(sniffMedia(file, work)).toBeUndefined();
    expect(work.steps).toBe(MAX_JPEG_MARKERS);
    // Reading all of them took 1.3 s; the limit leaves about a tenth of a millisecond.
    expect(medianMs(() => sniffMedia(file))).toBeLessThan(100);
  });
});

describe("the limits on a HEIF's boxes", () => {
  /** A readable HEIC whose top level, meta and ipco each hold `extra` empty boxes more. */
  function crowdedHeic(extra: number): Buffer {
    const ipco = box("ipco", fullBox("ispe", u32(1200), u32(900)), emptyBoxes(extra));
    const meta = fullBox("meta", fullBox("pitm", u16(1)), box("iprp", ipco), emptyBoxes(extra));
    return Buffer.concat([heicFileType(), meta, box("mdat", Buffer.alloc(16, 0xa5)), emptyBoxes(extra)]);
  }
  // Boxes read: 3 + extra at the top, 2 + extra in meta, 1 in iprp, 1 + extra in ipco.
  const boxesRead = (extra: number) => 7 + 3 * extra;

  it("reads a file whose containers together hold up to MAX_HEIF_BOXES, and refuses one past it", () => {
    const most = Math.floor((MAX_HEIF_BOXES - 7) / 3);
    expect(most).toBeLessThan(MAX_HEIF_BOXES_PER_CONTAINER); // each container is within its own limit
    const within: ParseWork = { steps: 0 };
    expect(heifDimensions(crowdedHeic(most), within)).toEqual({ brand: "heic", width: 1200, height: 900 });
    expect(within.steps).toBe(boxesRead(most));
    const past: ParseWork = { steps: 0 };
    expect(heifDimensions(crowdedHeic(most + 1), past)).toBeUndefined();
    expect(past.steps).toBe(MAX_HEIF_BOXES);
  });

  it(`opens boxes at most ${MAX_HEIF_DEPTH} levels deep`, () => {
    let nested = box("free");
    for (let depth = 1; depth < 20; depth++) nested = box("nest", nested);
    const boxes = readBoxes(nested);
    let level = boxes.top()!;
    const depths: number[] = [];
    while (level?.[0]) {
      depths.push(level[0].depth);
      level = boxes.children(level[0])!;
    }
    expect(depths).toEqual(Array.from({ length: MAX_HEIF_DEPTH }, (_, depth) => depth));
    expect(level).toBeUndefined(); // refused, not empty
  });

  it("refuses a box's children when its own fields run past its end", () => {
    const boxes = readBoxes(fullBox("meta"));
    expect(boxes.children(boxes.top()![0]!, 4)).toEqual([]);
    expect(boxes.children(boxes.top()![0]!, 8)).toBeUndefined();
  });
});

describe("the limits on a HEIC's metadata items", () => {
  const exif = Buffer.from("Exif\0\0MM\0*GPSLatitude 59.437", "latin1");

  /**
   * A HEIC with one Exif item (item 1) whose iloc lists `fillers` more items
   * without extents, and gives the Exif item `extents` extents, all over its
   * data (the first exactly, the others "to the end of the file").
   */
  function heicWithTable(fillers: number, extents: number): Uint8Array<ArrayBuffer> {
    const iinf = fullBox("iinf", u16(1), box("infe", Buffer.from([2, 0, 0, 0]), u16(1), u16(0), Buffer.from("Exif\0")));
    // The data first, then meta: "to the end of the file" spans the whole table.
    const exifAt = heicFileType().length + 8;
    // Version 2: 4-byte item ids and counts, a construction method (0: this file), a data reference (0: this file).
    const entries = Buffer.concat([
      u32(1),
      u16(0),
      u16(0),
      u16(extents),
      ...Array.from({ length: extents }, (_, index) =>
        Buffer.concat([u32(exifAt), u32(index === 0 ? exif.length : 0)]),
      ),
      ...Array.from({ length: fillers }, (_, index) => Buffer.concat([u32(index + 2), u16(0), u16(0), u16(0)])),
    ]);
    // 4-byte offsets and lengths, no base offset.
    const iloc = box("iloc", Buffer.from([2, 0, 0, 0, 0x44, 0x00]), u32(1 + fillers), entries);
    return new Uint8Array(Buffer.concat([heicFileType(), box("mdat", exif), fullBox("meta", iinf, iloc)]));
  }

  const blanked = (photo: Uint8Array | null) => photo !== null && !Buffer.from(photo).includes("GPSLatitude");

  it(`blanks a table of up to ${MAX_HEIF_ITEMS} items, and refuses one with more`, () => {
    expect(blanked(withoutHeifMetadata(heicWithTable(MAX_HEIF_ITEMS - 1, 1)))).toBe(true);
    const work: ParseWork = { steps: 0 };
    expect(withoutHeifMetadata(heicWithTable(MAX_HEIF_ITEMS, 1), work)).toBeNull();
    expect(work.steps).toBeLessThan(10); // refused on the item count, before reading the items
  });

  it(`blanks items with up to ${MAX_HEIF_EXTENTS} extents in all, each byte once, and refuses more`, () => {
    // 40,000 extents over the same bytes, to the end of the file: zeroing each in turn would write 13 GB.
    const photo = heicWithTable(0, MAX_HEIF_EXTENTS);
    const clean = withoutHeifMetadata(photo)!;
    expect(blanked(clean)).toBe(true);
    const exifAt = Buffer.from(photo).indexOf(exif);
    expect([...clean.subarray(exifAt)].every((byte) => byte === 0)).toBe(true);
    expect(Buffer.from(clean.subarray(0, exifAt)).equals(Buffer.from(photo.subarray(0, exifAt)))).toBe(true);
    expect(medianMs(() => withoutHeifMetadata(photo))).toBeLessThan(100);
    expect(withoutHeifMetadata(heicWithTable(0, MAX_HEIF_EXTENTS + 1))).toBeNull();
  });

  it("refuses, rather than passes as clean, a file whose item infos cannot all be read", () => {
    // Before: unreadable item infos counted as no metadata, and the photo went with its Exif.
    const photo = heif([[1200, 900]], { exif });
    const infes: number[] = [];
    for (let at = photo.indexOf("infe"); at >= 0; at = photo.indexOf("infe", at + 1)) infes.push(at - 4);
    const broken = Buffer.from(photo);
    broken.writeUInt32BE(0xffff, infes.at(-1)!); // the Exif item's entry now claims to run past its table
    expect(withoutHeifMetadata(new Uint8Array(broken))).toBeNull();
  });

  it("refuses an item info with no fields at the very end of the file, which used to throw", () => {
    const iloc = fullBox("iloc", Buffer.from([0x44, 0, 0, 0]));
    const file = Buffer.concat([heicFileType(), fullBox("meta", iloc, fullBox("iinf", u16(1), box("infe")))]);
    expect(withoutHeifMetadata(new Uint8Array(file))).toBeNull();
  });
});
