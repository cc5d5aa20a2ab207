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
    const photo = heif([[512, 512], [4032, 3024], [320, 240]]);
    expect(imageDimensions(photo)).toEqual({ format: "heic", width: 4032, height: 3024 });
    expect(sniffMedia(photo)).toEqual({ mimetype: "image/heic", width: 4032, height: 3024 });
    expect(imageDimensions(heif([[1200, 900]], "mif1"))).toEqual({ format: "heif", width: 1200, height: 900 });
  });

  it("knows nothing of bytes that are no image it takes", () => {
    expect(imageDimensions(Buffer.from("GIF89a\x01\x00\x01\x00", "latin1"))).toBeUndefined();
    expect(imageDimensions(Buffer.from("hello"))).toBeUndefined();
  });
});
