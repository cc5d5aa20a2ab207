import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { ImageNotUsable, prepareImage } from "./prepare-image";

const source = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#345" } });

describe("prepareImage", () => {
  it("turns an image upright by its EXIF orientation, downscales it to 1920 px and drops every metadata", async () => {
    const file = await source(4000, 3000)
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Make: "PhoneMaker", Model: "Serial-0042" } })
      .jpeg()
      .toBuffer();
    const prepared = await prepareImage(file);
    const meta = await sharp(prepared.bytes).metadata();
    expect([prepared.mimetype, meta.format, meta.width, meta.height]).toEqual(["image/jpeg", "jpeg", 1440, 1920]);
    expect([meta.orientation, meta.exif, meta.icc, meta.xmp]).toEqual([undefined, undefined, undefined, undefined]);
    expect(prepared.bytes.includes("Serial-0042")).toBe(false);
  });

  it("keeps a small image's size and its format", async () => {
    for (const [format, mimetype] of [
      ["png", "image/png"],
      ["webp", "image/webp"],
    ] as const) {
      const prepared = await prepareImage(await source(800, 600).toFormat(format).toBuffer());
      const meta = await sharp(prepared.bytes).metadata();
      expect([prepared.mimetype, meta.width, meta.height]).toEqual([mimetype, 800, 600]);
    }
  });

  it("sends a PDF as it is, and refuses what is no image", async () => {
    const pdf = Buffer.from("%PDF-1.7\n%%EOF\n");
    expect(await prepareImage(pdf)).toEqual({ bytes: pdf, mimetype: "application/pdf" });
    await expect(prepareImage(Buffer.from("hello"))).rejects.toBeInstanceOf(ImageNotUsable);
    const truncated = (await source(100, 100).jpeg().toBuffer()).subarray(0, 200);
    await expect(prepareImage(truncated)).rejects.toMatchObject({ code: "image_unreadable" });
  });
});
