import { describe, expect, it } from "vitest";
import { png, SEED_JPEG_BASE64 } from "@/emulator/test/harness";
import { heif } from "@/scripts/test-support/heif";
import { claimsImage, imageDimensions } from "./image-dimensions";
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

describe("PNG and WebP headers, and what claims to be an image", () => {
  const webp = (chunk: string, data: number[]) => {
    const file = Buffer.alloc(30 + 16);
    file.write("RIFF", 0, "latin1");
    file.writeUInt32LE(file.length - 8, 4);
    file.write(`WEBP${chunk}`, 8, "latin1");
    file.writeUInt32LE(file.length - 20, 16);
    Buffer.from(data).copy(file, 20);
    return file;
  };

  it("reads the three kinds of WebP: extended, lossy and lossless", () => {
    // VP8X: flags, 3 reserved bytes, canvas width and height less one in 24 bits (1919, 1079).
    expect(imageDimensions(webp("VP8X", [0x10, 0, 0, 0, 0x7f, 0x07, 0, 0x37, 0x04, 0]))).toEqual({
      format: "webp",
      width: 1920,
      height: 1080,
    });
    // VP8: a frame tag, the start code 9d 01 2a, then 14-bit width and height.
    expect(imageDimensions(webp("VP8 ", [0, 0, 0, 0x9d, 0x01, 0x2a, 0x80, 0x02, 0xe0, 0x01]))).toEqual({
      format: "webp",
      width: 640,
      height: 480,
    });
    // VP8L: the signature 0x2f, then width and height less one in 14 bits each (639, 479).
    const bits = 639 | (479 << 14);
    expect(
      imageDimensions(webp("VP8L", [0x2f, bits & 0xff, (bits >> 8) & 0xff, (bits >> 16) & 0xff, bits >>> 24])),
    ).toEqual({ format: "webp", width: 640, height: 480 });
  });

  it("knows nothing of a WebP or a PNG whose header is wrong or cut short", () => {
    expect(imageDimensions(webp("VP8 ", [0, 0, 0, 0x9d, 0x01, 0x2b, 0x80, 0x02, 0xe0, 0x01]))).toBeUndefined();
    expect(imageDimensions(webp("VP8L", [0x2e, 0x7f, 0x02, 0, 0]))).toBeUndefined();
    expect(imageDimensions(webp("VP8X", [0x01, 0, 0, 0, 0x7f, 0x07, 0, 0x37, 0x04, 0]))).toBeUndefined();
    expect(imageDimensions(webp("VP8X", [0x10, 0, 0, 0, 0x7f]).subarray(0, 29))).toBeUndefined();
    expect(imageDimensions(png(640, 480).subarray(0, 23))).toBeUndefined();
    const notHeader = png(640, 480);
    notHeader.write("IDAT", 12, "latin1");
    expect(imageDimensions(notHeader)).toBeUndefined();
  });

  it("says a file claims to be an image by its first bytes alone, whatever follows", () => {
    for (const start of [
      "\xff\xd8",
      "\x89PNG\r\n\x1a\n",
      "RIFF\0\0\0\0WEBP",
      "\0\0\0\x10ftypheic",
      "\0\0\0\x10ftypmif1",
    ])
      expect(claimsImage(Buffer.from(`${start}garbage`, "latin1"))).toBe(true);
    for (const start of ["GIF89a", "%PDF-1.7", "\0\0\0\x10ftypavif", "\0\0\0\x10ftypisom", "\xff", ""])
      expect(claimsImage(Buffer.from(`${start}garbage`, "latin1"))).toBe(false);
  });
});
