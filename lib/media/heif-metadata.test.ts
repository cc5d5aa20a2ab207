import { describe, expect, it } from "vitest";
import { heif } from "@/scripts/test-support/heif";
import { heifDimensions } from "./heif-dimensions";
import { withoutHeifMetadata } from "./heif-metadata";

const exif = Buffer.from("Exif\0\0MM\0*GPSLatitude 59.437 GPSLongitude 24.745 SerialNumber F17XK2", "latin1");
const xmp = Buffer.from('<x:xmpmeta><rdf:Description exif:GPSLatitude="59,26.2N"/></x:xmpmeta>', "latin1");
const contains = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(Buffer.from(text, "latin1"));

describe("a HEIC without its metadata", () => {
  for (const ilocVersion of [0, 1] as const) {
    it(`zeroes the Exif and XMP items where they lie, and nothing else (iloc version ${ilocVersion})`, () => {
      const photo = new Uint8Array(
        heif(
          [
            [512, 512],
            [1600, 1200],
          ],
          { exif, xmp, ilocVersion },
        ),
      );
      expect(contains(photo, "GPSLatitude")).toBe(true);
      const clean = withoutHeifMetadata(photo)!;
      expect(contains(clean, "GPSLatitude")).toBe(false);
      expect(contains(clean, "SerialNumber")).toBe(false);
      expect(clean.length).toBe(photo.length);
      // Only the metadata's own bytes changed: every box, offset and picture byte is as it was.
      const changed = [...clean].filter((byte, index) => byte !== photo[index]).length;
      const metadataBytes = [...exif, ...xmp].filter((byte) => byte !== 0).length;
      expect(changed).toBe(metadataBytes);
      expect(heifDimensions(clean)).toEqual(heifDimensions(photo));
      // The original is left alone.
      expect(contains(photo, "GPSLatitude")).toBe(true);
    });
  }

  it("zeroes metadata whose extent runs to the end of the file (a length of 0)", () => {
    const photo = new Uint8Array(heif([[1200, 900]], { exif, metadataExtent: "to_end" }));
    const clean = withoutHeifMetadata(photo)!;
    expect(contains(clean, "GPSLatitude")).toBe(false);
    expect(heifDimensions(clean)).toEqual(heifDimensions(photo));
  });

  it("is the file itself when it holds no metadata", () => {
    const plain = new Uint8Array(heif([[1200, 900]]));
    expect(withoutHeifMetadata(plain)).toBe(plain);
  });

  it("is nothing when it cannot be sure: no readable item table, or metadata it cannot reach", () => {
    expect(withoutHeifMetadata(new Uint8Array(heif([[1200, 900]], { exif })).slice(0, 100))).toBeNull();
    expect(withoutHeifMetadata(new Uint8Array(heif([[1200, 900]], { exif, metadataExtent: "elsewhere" })))).toBeNull();
  });
});
