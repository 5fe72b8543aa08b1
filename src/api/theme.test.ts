import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLACK, brandTheme, contrastRatio, NEAR_BLACK, themeCss, WHITE } from './theme';

const hexColour = fc
  .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
  .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`);

describe('brandTheme', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio(WHITE, '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', WHITE)).toBeCloseTo(4.48, 2);
    expect(contrastRatio(WHITE, WHITE)).toBe(1);
  });

  it('keeps the default teal as it is, with white text', () => {
    expect(brandTheme('#0B5C6B')).toMatchObject({
      brand: '#0b5c6b',
      brandText: WHITE,
      brandInk: '#0b5c6b',
    });
  });

  it('puts dark text on a light brand and darkens it for text on white', () => {
    const yellow = brandTheme('#ffcc00');
    expect(yellow.brandText).toBe(BLACK);
    expect(yellow.brandInk).not.toBe('#ffcc00');
    expect(contrastRatio(yellow.brandInk, WHITE)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps every pair at 4.5:1 or more, for any colour', () => {
    fc.assert(
      fc.property(hexColour, (colour) => {
        const theme = brandTheme(colour);
        expect(contrastRatio(theme.brand, theme.brandText)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(theme.brandInk, WHITE)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(theme.brandSoft, NEAR_BLACK)).toBeGreaterThanOrEqual(4.5);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes the custom properties the stylesheet uses', () => {
    expect(themeCss(brandTheme('#0b5c6b'))).toContain('--brand-text:#ffffff');
  });
});
