import jpeg from "jpeg-js";
import { describe, expect, it } from "vitest";
import { SEED_JPEG_BASE64 } from "@/emulator/test/harness";
import { EOI, exifSegment, frameHeader, SOI, segment } from "@/scripts/test-support/hostile-media";
import { imageDimensions } from "./image-dimensions";
import { jpegDimensions } from "./jpeg-dimensions";

const encoded = (width: number, height: number) =>
  Buffer.from(jpeg.encode({ data: Buffer.alloc(width * height * 4, 0x80), width, height }, 90).data);
const jpegOf = (...parts: Buffer[]) => Buffer.concat([SOI, ...parts]);
const dqt = segment(0xdb, Buffer.alloc(65));

describe("a JPEG's size and orientation", () => {
  it("reads encoded pictures, the seed's among them", () => {
    expect(jpegDimensions(encoded(64, 48))).toEqual({ width: 64, height: 48 });
    expect(jpegDimensions(Buffer.from(SEED_JPEG_BASE64, "base64"))).toEqual({ width: 1, height: 1 });
  });

  it("reads baseline, extended and progressive frame headers, and refuses the kinds browsers do not decode", () => {
    for (const marker of [0xc0, 0xc1, 0xc2])
      expect(jpegDimensions(jpegOf(dqt, frameHeader(800, 600, marker)))).toEqual({ width: 800, height: 600 });
    // Lossless, hierarchical, arithmetic-coded.
    for (const marker of [0xc3, 0xc5, 0xc7, 0xc9, 0xcb, 0xcd, 0xcf])
      expect(jpegDimensions(jpegOf(dqt, frameHeader(800, 600, marker)))).toBeUndefined();
  });

  it("takes the orientation of the first Exif segment, in either byte order, and turns the size for 5-8", () => {
    const sideways = jpegOf(exifSegment(6), exifSegment(1, true), frameHeader(4000, 3000));
    expect(jpegDimensions(sideways)).toEqual({ width: 4000, height: 3000, orientation: 6 });
    expect(imageDimensions(sideways)).toEqual({ format: "jpeg", width: 3000, height: 4000, turned: true });
    expect(jpegDimensions(jpegOf(exifSegment(8, true), frameHeader(40, 30)))).toEqual({
      width: 40,
      height: 30,
      orientation: 8,
    });
    expect(imageDimensions(jpegOf(exifSegment(3), frameHeader(40, 30)))).toEqual({
      format: "jpeg",
      width: 40,
      height: 30,
    });
    // No such orientation: the picture is shown as stored.
    expect(jpegDimensions(jpegOf(exifSegment(9), frameHeader(40, 30)))).toEqual({ width: 40, height: 30 });
  });

  it("skips fill bytes, stray bytes between segments, stuffed zeros and restart markers, as libjpeg does", () => {
    const picture = jpegOf(
      Buffer.from([0xff, 0xff, 0xff]),
      dqt,
      Buffer.from("stray bytes", "latin1"),
      Buffer.from([0xff, 0x00, 0xff, 0xd3, 0xff, 0x01]),
      frameHeader(320, 240),
    );
    expect(jpegDimensions(picture)).toEqual({ width: 320, height: 240 });
  });

  it("knows nothing of a file with no frame header before its scan or its end, or a marker libjpeg refuses", () => {
    expect(jpegDimensions(jpegOf(dqt, Buffer.from([0xff, 0xda]), frameHeader(320, 240)))).toBeUndefined();
    expect(jpegDimensions(jpegOf(dqt, EOI, frameHeader(320, 240)))).toBeUndefined();
    expect(jpegDimensions(jpegOf(dqt, SOI, frameHeader(320, 240)))).toBeUndefined();
    for (const marker of [0x02, 0xbf, 0xde, 0xdf, 0xf0, 0xfd])
      expect(jpegDimensions(jpegOf(segment(marker), frameHeader(320, 240)))).toBeUndefined();
    expect(jpegDimensions(jpegOf(dqt))).toBeUndefined();
  });

  it("knows nothing of a file cut short or with a length that lies", () => {
    const picture = jpegOf(dqt, frameHeader(320, 240));
    for (let length = 0; length < picture.length; length++)
      expect(jpegDimensions(picture.subarray(0, length))).toBeUndefined();
    expect(jpegDimensions(jpegOf(Buffer.from([0xff, 0xe0, 0, 1]), frameHeader(320, 240)))).toBeUndefined();
    expect(jpegDimensions(jpegOf(Buffer.from([0xff, 0xc0, 0, 7, 8, 0, 1, 0, 1])))).toBeUndefined();
    expect(jpegDimensions(Buffer.from("not a jpeg"))).toBeUndefined();
  });
});
