// Property tests of the media readers: whatever the bytes, each gives an
// answer (a result, or undefined / null for a refusal), never throws, and
// takes a bounded number of steps over the file's structure.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { heif } from "@/scripts/test-support/heif";
import { emptyBoxes, exifSegment, frameHeader, SOI, segment } from "@/scripts/test-support/hostile-media";
import { anyFile, damagedHeic, heifLike, heifWithItems, jpegLike } from "@/scripts/test-support/media-arbitraries";
import { heifDimensions } from "./heif-dimensions";
import { withoutHeifMetadata } from "./heif-metadata";
import { claimsImage, imageDimensions } from "./image-dimensions";
import { jpegDimensions } from "./jpeg-dimensions";
import {
  MAX_HEIF_BOXES,
  MAX_HEIF_BOXES_PER_CONTAINER,
  MAX_HEIF_EXTENTS,
  MAX_HEIF_ITEMS,
  MAX_JPEG_MARKERS,
  type ParseWork,
} from "../limits";
import { isPdf, sniffMedia } from "./sniff-media";

// One Exif segment's entries, 12 bytes each in at most 64 KB, on top of the markers.
const JPEG_WORK = MAX_JPEG_MARKERS + Math.floor(0xffff / 12);
const IMAGE_WORK = Math.max(JPEG_WORK, MAX_HEIF_BOXES);
const METADATA_WORK = MAX_HEIF_BOXES + MAX_HEIF_ITEMS + MAX_HEIF_EXTENTS;

const anything = fc.oneof(anyFile, jpegLike, heifLike, heifWithItems, damagedHeic);
const MIMETYPES = ["image/jpeg", "image/png", "image/webp", "image/heic", "image/heif", "application/pdf"];

/** Runs `read` on a fresh counter: its answer and the steps it took. */
function counted<T>(read: (work: ParseWork) => T): { answer: T; steps: number } {
  const work = { steps: 0 };
  const answer = read(work);
  return { answer, steps: work.steps };
}

const positiveSize = (size: { width: number; height: number }) =>
  Number.isInteger(size.width) && Number.isInteger(size.height) && size.width > 0 && size.height > 0;

describe("every reader, whatever the bytes", () => {
  it("sniffMedia answers with a type it takes or nothing, and an image only for bytes that claim one", () => {
    fc.assert(
      fc.property(anything, (bytes) => {
        const { answer, steps } = counted((work) => sniffMedia(bytes, work));
        expect(steps).toBeLessThanOrEqual(IMAGE_WORK);
        if (!answer) return;
        expect(MIMETYPES).toContain(answer.mimetype);
        if (answer.mimetype === "application/pdf") expect(isPdf(bytes)).toBe(true);
        else {
          expect(positiveSize({ width: answer.width!, height: answer.height! })).toBe(true);
          // The upload route's rule: a file sniffMedia cannot read but that claims an image is broken, not mistyped.
          expect(claimsImage(bytes)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("imageDimensions answers with a positive size or nothing", () => {
    fc.assert(
      fc.property(anything, (bytes) => {
        const { answer, steps } = counted((work) => imageDimensions(bytes, work));
        expect(steps).toBeLessThanOrEqual(IMAGE_WORK);
        if (answer) expect(positiveSize(answer)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("heifDimensions answers with a brand and a positive size or nothing, reading at most MAX_HEIF_BOXES boxes", () => {
    fc.assert(
      fc.property(fc.oneof(heifLike, heifWithItems, damagedHeic, anyFile), (bytes) => {
        const { answer, steps } = counted((work) => heifDimensions(bytes, work));
        expect(steps).toBeLessThanOrEqual(MAX_HEIF_BOXES);
        if (!answer) return;
        expect(answer.brand).toHaveLength(4);
        expect(positiveSize(answer)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("withoutHeifMetadata answers with nothing, the bytes themselves, or a copy that differs only by zeroed bytes", () => {
    fc.assert(
      fc.property(fc.oneof(damagedHeic, heifWithItems, heifLike), (bytes) => {
        const photo = new Uint8Array(bytes);
        const original = new Uint8Array(photo);
        const { answer, steps } = counted((work) => withoutHeifMetadata(photo, work));
        expect(steps).toBeLessThanOrEqual(METADATA_WORK);
        expect(photo).toEqual(original); // never changed in place
        if (answer === null || answer === photo) return;
        expect(answer.length).toBe(photo.length);
        answer.forEach((byte, index) => {
          if (byte !== photo[index]) expect(byte).toBe(0);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it("jpegDimensions answers with a 16-bit size and an orientation of 1-8 or nothing", () => {
    fc.assert(
      fc.property(fc.oneof(jpegLike, anyFile), (bytes) => {
        const { answer, steps } = counted((work) => jpegDimensions(bytes, work));
        expect(steps).toBeLessThanOrEqual(JPEG_WORK);
        if (!answer) return;
        expect(answer.width).toBeLessThanOrEqual(0xffff);
        expect(answer.height).toBeLessThanOrEqual(0xffff);
        if (answer.orientation !== undefined) expect(answer.orientation).toBeGreaterThanOrEqual(1);
        if (answer.orientation !== undefined) expect(answer.orientation).toBeLessThanOrEqual(8);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("readers of well-formed files", () => {
  const skipped = fc.constantFrom(0xc4, 0xdb, 0xdd, 0xe0, 0xe1, 0xe2, 0xed, 0xee, 0xfe);

  it("read a JPEG's size from its frame header after any segments, and its orientation from its Exif", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(skipped, fc.uint8Array({ maxLength: 300 })), { maxLength: 40 }),
        fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
        fc.boolean(),
        fc.constantFrom(0xc0, 0xc1, 0xc2),
        fc.integer({ min: 1, max: 0xffff }),
        fc.integer({ min: 1, max: 0xffff }),
        (segments, orientation, littleEndian, marker, width, height) => {
          const jpeg = Buffer.concat([
            SOI,
            ...(orientation === undefined ? [] : [exifSegment(orientation, littleEndian)]),
            // A payload that happens to start with "Exif\0\0" is an Exif segment of its own: keep those out.
            ...segments.map(([m, payload]) =>
              segment(m, m === 0xe1 ? Buffer.concat([Buffer.from("x"), payload]) : payload),
            ),
            frameHeader(width, height, marker),
          ]);
          expect(jpegDimensions(jpeg)).toEqual(
            orientation === undefined ? { width, height } : { width, height, orientation },
          );
          const turned = orientation !== undefined && orientation >= 5;
          expect(imageDimensions(jpeg)).toEqual(
            turned ? { format: "jpeg", width: height, height: width, turned: true } : { format: "jpeg", width, height },
          );
        },
      ),
    );
  });

  it("read a JPEG with fewer than MAX_JPEG_MARKERS markers before its frame header, and refuse one with more", () => {
    fc.assert(
      fc.property(fc.integer({ min: MAX_JPEG_MARKERS - 40, max: MAX_JPEG_MARKERS + 40 }), (count) => {
        const jpeg = Buffer.concat([SOI, ...Array.from({ length: count }, () => segment(0xe3)), frameHeader(640, 480)]);
        const { answer, steps } = counted((work) => jpegDimensions(jpeg, work));
        expect(steps).toBeLessThanOrEqual(MAX_JPEG_MARKERS);
        // The frame header is the count + 1st marker.
        expect(answer).toEqual(count + 1 <= MAX_JPEG_MARKERS ? { width: 640, height: 480 } : undefined);
      }),
      { numRuns: 40 },
    );
  });

  it("read a HEIC's largest picture by its longer side", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 10_000 })), {
          minLength: 1,
          maxLength: 12,
        }),
        (sizes) => {
          const largest = sizes.reduce((best, size) => (Math.max(...size) > Math.max(...best) ? size : best));
          expect(heifDimensions(heif(sizes))).toEqual({ brand: "heic", width: largest[0], height: largest[1] });
        },
      ),
    );
  });

  it("read a HEIC with up to MAX_HEIF_BOXES_PER_CONTAINER boxes at its top level, and refuse one with more", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MAX_HEIF_BOXES_PER_CONTAINER - 20, max: MAX_HEIF_BOXES_PER_CONTAINER + 20 }),
        (count) => {
          // heif() writes three boxes (ftyp, meta, mdat): the rest are empty ones after them.
          const photo = Buffer.concat([heif([[1200, 900]]), emptyBoxes(count - 3)]);
          const { answer, steps } = counted((work) => heifDimensions(photo, work));
          expect(steps).toBeLessThanOrEqual(MAX_HEIF_BOXES);
          expect(answer).toEqual(
            count <= MAX_HEIF_BOXES_PER_CONTAINER ? { brand: "heic", width: 1200, height: 900 } : undefined,
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});
