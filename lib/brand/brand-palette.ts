// The capture pages' accent colours made from the integrator's brand colour:
// the Tailwind theme variables (app/globals.css, --color-accent-*) the pages'
// buttons, links and focus rings use, overridden on the page. lib/env.ts has
// already refused a colour white text cannot be read on; the lighter shade the
// dark scheme needs is found here, by contrast, never guessed.
import { AA_TEXT_CONTRAST, BLACK, WHITE, contrastRatio, mix, parseHexColor, toHex, type Rgb } from "./color-contrast";

/** The dark scheme's page and panel backgrounds (Tailwind's neutral-950 and neutral-900). */
const DARK_BACKGROUNDS: readonly Rgb[] = [
  [10, 10, 10],
  [23, 23, 23],
];

export type AccentVariables = Record<`--color-accent-${50 | 100 | 300 | 500 | 600 | 700}`, string>;

export interface BrandPalette {
  light: AccentVariables;
  /** Where the dark scheme needs a lighter accent: text and focus rings on a dark background. */
  dark: Pick<AccentVariables, "--color-accent-300" | "--color-accent-500">;
}

export function brandPalette(hex: string): BrandPalette {
  const brand = parseHexColor(hex);
  if (!brand) throw new Error(`not a hex colour: ${hex}`);
  const onDark = lightestNeeded(brand);
  return {
    light: {
      "--color-accent-50": toHex(mix(brand, WHITE, 0.92)),
      "--color-accent-100": toHex(mix(brand, WHITE, 0.84)),
      "--color-accent-300": toHex(onDark),
      "--color-accent-500": toHex(brand),
      "--color-accent-600": toHex(brand),
      // Hover: darker, so white text on it only gains contrast.
      "--color-accent-700": toHex(mix(brand, BLACK, 0.2)),
    },
    dark: { "--color-accent-300": toHex(onDark), "--color-accent-500": toHex(onDark) },
  };
}

/** The brand mixed with the least white (in 5 % steps) that reads at AA on every dark background. */
function lightestNeeded(brand: Rgb): Rgb {
  for (let share = 0; share <= 1; share += 0.05) {
    const candidate = mix(brand, WHITE, share);
    if (DARK_BACKGROUNDS.every((background) => contrastRatio(candidate, background) >= AA_TEXT_CONTRAST))
      return candidate;
  }
  return WHITE;
}

/** The palette as a stylesheet: the page's light scheme, then the dark one. Hex values only: nothing to escape. */
export function brandStylesheet(palette: BrandPalette): string {
  const block = (variables: Record<string, string>) =>
    Object.entries(variables)
      .map(([name, value]) => `${name}:${value}`)
      .join(";");
  return `:root{${block(palette.light)}}@media (prefers-color-scheme: dark){:root{${block(palette.dark)}}}`;
}
