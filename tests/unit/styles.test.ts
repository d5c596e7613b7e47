/** The reader's themes meet WCAG AA: text ≥ 7:1 (AAA, it is long reading), links and muted text ≥ 4.5:1, focus rings ≥ 3:1. */
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../components/reader/styles';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const x = parseInt(hex.slice(i, i + 2), 16) / 255;
    return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('reader themes', () => {
  for (const [name, t] of Object.entries(THEMES)) {
    it(`${name}: text, links, muted text and focus colours`, () => {
      expect(contrast(t.fg, t.bg)).toBeGreaterThanOrEqual(7);
      expect(contrast(t.fg, t.panel)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(t.link, t.bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(t.muted, t.bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(t.muted, t.panel)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(t.accent, t.bg)).toBeGreaterThanOrEqual(3);
    });
  }
  it('the check itself tells good from bad', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 0);
    expect(contrast('#eeeeee', '#ffffff')).toBeLessThan(1.2);
  });
});
