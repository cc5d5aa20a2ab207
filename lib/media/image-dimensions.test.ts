import { describe, expect, it } from "vitest";
import { png, SEED_JPEG_BASE64 } from "@/emulator/test/harness";
import { heif } from "@/scripts/test-support/heif";
import { imageDimensions } from "./image-dimensions";
import { sniffMedia } from "./sniff-media";

describe("image dimensions", () => {
  it("reads JPEG and PNG sizes", () => {
    expect(imageDimensions(Buffer.from(SEED_JPEG_BASE64, "base64"))).toEqual({ format: "jpeg", width: 1, height: 1 });
    expect(imageDimensions(png(640, 480))).toEqual({ format: "png", width: 640, height: 480 });
  });

  it("takes a HEIC photo's size from its largest picture, not from its first tile or its thumbnail", () => {
    const photo = heif([
      [512, 512],
      [4032, 3024],
      [320, 240],
    ]);
    expect(imageDimensions(photo)).toEqual({ format: "heic", width: 4032, height: 3024 });
    expect(sniffMedia(photo)).toEqual({ mimetype: "image/heic", width: 4032, height: 3024 });
    expect(imageDimensions(heif([[1200, 900]], { brand: "mif1" }))).toEqual({
      format: "heif",
      width: 1200,
      height: 900,
    });
  });

  it("measures a HEIC's pictures by their longer side, not by their area", () => {
    // 1900x1900 has the larger area; the 4000 px item is what breaks the 1920 px limit.
    expect(
      imageDimensions(
        heif([
          [1900, 1900],
          [4000, 100],
        ]),
      ),
    ).toEqual({ format: "heic", width: 4000, height: 100 });
  });

  it("keeps a HEIC's coded size when a clean aperture crops it for viewers", () => {
    expect(imageDimensions(heif([[1921, 1080]], { clap: [1920, 1080] }))).toEqual({
      format: "heic",
      width: 1921,
      height: 1080,
    });
  });

  it("knows nothing of a HEIC without picture data or without a primary picture", () => {
    expect(imageDimensions(heif([[1200, 900]], { mdat: false }))).toBeUndefined();
    expect(imageDimensions(heif([[1200, 900]], { pitm: false }))).toBeUndefined();
    // Cut short inside its picture data, as an interrupted download would be.
    const photo = heif([[1200, 900]]);
    expect(imageDimensions(photo.subarray(0, photo.length - 4))).toBeUndefined();
  });

  it("knows nothing of bytes that are no image it takes", () => {
    expect(imageDimensions(Buffer.from("GIF89a\x01\x00\x01\x00", "latin1"))).toBeUndefined();
    expect(imageDimensions(Buffer.from("hello"))).toBeUndefined();
    expect(imageDimensions(heif([[640, 480]], { brand: "avif" }))).toBeUndefined();
  });
});
