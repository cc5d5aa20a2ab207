import { describe, expect, it } from "vitest";
import { brandPalette, brandStylesheet } from "./brand-palette";
import { contrastRatio, formatRatio, parseHexColor, WHITE } from "./color-contrast";

describe("colour contrast", () => {
  it("computes WCAG ratios as the specification's examples give them", () => {
    expect(contrastRatio([0, 0, 0], WHITE)).toBeCloseTo(21, 5);
    expect(contrastRatio(WHITE, WHITE)).toBe(1);
    // #767676 is the classic lightest grey that passes AA on white (4.54:1).
    expect(formatRatio(contrastRatio(parseHexColor("#767676")!, WHITE))).toBe("4.54:1");
    expect(parseHexColor("#0Bf")).toEqual([0, 187, 255]);
    expect(parseHexColor("0bf")).toBeNull();
    expect(parseHexColor("#0bff")).toBeNull();
  });
});

describe("brandPalette", () => {
  it("keeps the brand for buttons and finds a shade for the dark scheme that reads at AA on it", () => {
    const palette = brandPalette("#0b5fff");
    expect(palette.light["--color-accent-600"]).toBe("#0b5fff");
    const onDark = parseHexColor(palette.dark["--color-accent-300"])!;
    expect(contrastRatio(onDark, [10, 10, 10])).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(onDark, [23, 23, 23])).toBeGreaterThanOrEqual(4.5);
    // Hover is darker: white text on it keeps at least the brand's contrast.
    const hover = parseHexColor(palette.light["--color-accent-700"])!;
    expect(contrastRatio(hover, WHITE)).toBeGreaterThan(contrastRatio(parseHexColor("#0b5fff")!, WHITE));
  });

  it("writes a stylesheet of hex values only", () => {
    const css = brandStylesheet(brandPalette("#123456"));
    expect(css).toMatch(/^:root\{--color-accent-50:#[0-9a-f]{6};/);
    expect(css).toContain("--color-accent-600:#123456");
    expect(css).toContain("@media (prefers-color-scheme: dark){:root{--color-accent-300:#");
  });
});
