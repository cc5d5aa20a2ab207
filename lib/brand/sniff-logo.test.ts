import { describe, expect, it } from "vitest";
import { sniffLogo } from "./sniff-logo";

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);

describe("sniffLogo", () => {
  it("names each accepted format by its bytes", () => {
    const png = sniffLogo(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0));
    expect(png).toEqual({ ok: true, logo: { type: "image/png", bytes: expect.any(Uint8Array) } });
    expect(sniffLogo(bytes(0xff, 0xd8, 0xff, 0xe0))).toMatchObject({ ok: true, logo: { type: "image/jpeg" } });
    const webp = text("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ");
    expect(sniffLogo(webp)).toMatchObject({ ok: true, logo: { type: "image/webp" } });
    expect(sniffLogo(text('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toMatchObject({
      ok: true,
      logo: { type: "image/svg+xml" },
    });
    const prolog = '\uFEFF<?xml version="1.0"?>\n<!-- made by hand -->\n<!DOCTYPE svg>\n<svg viewBox="0 0 1 1"></svg>';
    expect(sniffLogo(text(prolog))).toMatchObject({ ok: true, logo: { type: "image/svg+xml" } });
  });

  it("refuses anything else, whatever its name would say", () => {
    for (const other of [text("GIF89a"), text("<html><svg></svg></html>"), text("%PDF-1.7"), bytes(), bytes(0xff)]) {
      expect(sniffLogo(other)).toEqual({ ok: false, reason: "is not a PNG, JPEG, WebP or SVG image" });
    }
  });

  it("refuses an SVG that could run something if opened as a document", () => {
    for (const svg of [
      "<svg><script>alert(1)</script></svg>",
      '<svg onload="alert(1)"></svg>',
      "<svg><foreignObject><div/></foreignObject></svg>",
      '<svg><a href="javascript:alert(1)"><rect/></a></svg>',
    ]) {
      expect(sniffLogo(text(svg))).toMatchObject({ ok: false, reason: expect.stringContaining("SVG with a script") });
    }
  });
});
