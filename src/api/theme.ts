// The clinic's brand colour, made safe to read: the text on it, and a shade of it for text and
// borders on white, both chosen to keep a contrast of at least 4.5:1 (WCAG 1.4.3).

export interface BrandTheme {
  /** The clinic's colour, for filled buttons, the progress bar and selected options. */
  brand: string;
  /** Text on `brand`: white or black, whichever contrasts more (always at least 4.58:1). */
  brandText: string;
  /** `brand` darkened until it reads on white at 4.5:1 or more; `brand` itself when it already does. */
  brandInk: string;
  /** A light tint of `brand` for selected backgrounds; body text stays above 4.5:1 on it. */
  brandSoft: string;
}

type Rgb = readonly [number, number, number];

const parse = (hex: string): Rgb => {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
};

const format = (rgb: Rgb): string =>
  `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** Relative luminance, as WCAG 2 defines it. */
export function luminance(hex: string): number {
  const [r, g, b] = parse(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const mix = (from: Rgb, to: Rgb, amount: number): Rgb => [
  from[0] + (to[0] - from[0]) * amount,
  from[1] + (to[1] - from[1]) * amount,
  from[2] + (to[2] - from[2]) * amount,
];

export const WHITE = '#ffffff';
export const BLACK = '#000000';
/** The page's body text colour. */
export const NEAR_BLACK = '#1a1a1a';

export function brandTheme(brand: string): BrandTheme {
  const colour = brand.toLowerCase();
  const rgb = parse(colour);
  const brandText = contrastRatio(colour, WHITE) >= contrastRatio(colour, BLACK) ? WHITE : BLACK;
  let brandInk = colour;
  for (let step = 1; contrastRatio(brandInk, WHITE) < 4.5 && step <= 20; step++)
    brandInk = format(mix(rgb, [0, 0, 0], step / 20));
  return { brand: colour, brandText, brandInk, brandSoft: format(mix(rgb, [255, 255, 255], 0.88)) };
}

/** The stylesheet the server sends as /theme.css. */
export function themeCss(theme: BrandTheme): string {
  return `html:root{--brand:${theme.brand};--brand-text:${theme.brandText};--brand-ink:${theme.brandInk};--brand-soft:${theme.brandSoft}}\n`;
}
