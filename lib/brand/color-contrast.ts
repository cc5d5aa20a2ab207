// WCAG 2.2 colour maths for the integrator's brand colour (APP_BRAND_COLOR):
// relative luminance, contrast ratio, and mixing towards white or black. A leaf
// module with no imports, so lib/env.ts can check the colour at start-up.

/** An sRGB colour, each channel 0-255. */
export type Rgb = readonly [number, number, number];

/** #rgb or #rrggbb (either case): the only forms APP_BRAND_COLOR takes. */
export const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** WCAG AA for normal text: what white text on the colour, and the colour on the page, must reach. */
export const AA_TEXT_CONTRAST = 4.5;

export function parseHexColor(hex: string): Rgb | null {
  if (!HEX_COLOR.test(hex)) return null;
  const digits = hex.length === 4 ? [...hex.slice(1)].map((digit) => digit + digit).join("") : hex.slice(1);
  return [0, 2, 4].map((start) => parseInt(digits.slice(start, start + 2), 16)) as unknown as Rgb;
}

export function toHex(color: Rgb): string {
  return `#${color.map((channel) => Math.round(channel).toString(16).padStart(2, "0")).join("")}`;
}

/** Relative luminance (WCAG 2.2, "relative luminance"), 0 for black to 1 for white. */
export function relativeLuminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** (L1 + 0.05) / (L2 + 0.05), the lighter over the darker: 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `share` (0-1) of `toward` mixed into `color`, channel by channel in sRGB. */
export function mix(color: Rgb, toward: Rgb, share: number): Rgb {
  return color.map((channel, index) => channel + (toward[index]! - channel) * share) as unknown as Rgb;
}

/** A ratio as people read it: 4.48:1, rounded down so that a ratio shown as 4.5:1 really reaches it. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

export const WHITE: Rgb = [255, 255, 255];
export const BLACK: Rgb = [0, 0, 0];
