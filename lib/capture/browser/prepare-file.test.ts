import { describe, expect, it } from "vitest";
import { tinySegmentsJpeg } from "@/scripts/test-support/hostile-media";
import { acceptedFileTypes, prepareFile } from "./prepare-file";

const pdf = new TextEncoder().encode("%PDF-1.7\n%%EOF\n");

describe("a chosen PDF", () => {
  it("goes as it is where PDFs are taken, and is not offered or taken elsewhere", async () => {
    const prepared = await prepareFile(new Blob([pdf]), { pdf: true });
    expect(prepared).toMatchObject({ ok: true, format: "pdf", redrawn: false });
    expect(prepared.ok && prepared.blob.type).toBe("application/pdf");
    expect(await prepareFile(new Blob([pdf]))).toEqual({ ok: false, code: "unsupported_file" });
    expect(acceptedFileTypes(true)).toContain("application/pdf");
    expect(acceptedFileTypes(false)).not.toContain("pdf");
  });

  it("is refused past Veriff's 20 MB, read as 20,000,000 bytes", async () => {
    const ofSize = (bytes: number) => new Blob([pdf, new Uint8Array(bytes - pdf.length)]);
    expect(await prepareFile(ofSize(20_000_000), { pdf: true })).toMatchObject({ ok: true, format: "pdf" });
    expect(await prepareFile(ofSize(20_000_001), { pdf: true })).toEqual({ ok: false, code: "pdf_too_large" });
  });
});

describe("a chosen photo that cannot be read", () => {
  it("is unreadable when its first bytes say it is an image, and of a kind not taken otherwise", async () => {
    // A JPEG's start, then more segments before its frame header than a photo has.
    expect(await prepareFile(new Blob([new Uint8Array(tinySegmentsJpeg(100_000))]))).toEqual({
      ok: false,
      code: "unreadable_file",
    });
    expect(await prepareFile(new Blob([new TextEncoder().encode("GIF89a")]))).toEqual({
      ok: false,
      code: "unsupported_file",
    });
  });
});
