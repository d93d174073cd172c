import { describe, expect, it } from 'vitest';
import { accessiblePrimary, contrastWithWhite, FALLBACK_PRIMARY } from './color';

function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

describe('accessiblePrimary', () => {
  it('keeps a color that is already dark enough for white text', () => {
    expect(accessiblePrimary('#0b5394')).toBe('#0b5394');
    expect(accessiblePrimary('#003366')).toBe('#003366');
  });

  it('expands short hex colors', () => {
    expect(accessiblePrimary('#036')).toBe('#003366');
  });

  it('darkens a light color until white text on it passes WCAG AA', () => {
    for (const color of ['#ffcc00', '#7fc8f8', '#ffffff', '#44aa44']) {
      const result = accessiblePrimary(color);
      expect(result).toMatch(/^#[0-9a-f]{6}$/);
      expect(contrastWithWhite(rgb(result))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('falls back for anything that is not a hex color', () => {
    expect(accessiblePrimary(null)).toBe(FALLBACK_PRIMARY);
    expect(accessiblePrimary('')).toBe(FALLBACK_PRIMARY);
    expect(accessiblePrimary('red; background: url(x)')).toBe(FALLBACK_PRIMARY);
  });

  it('has a fallback that passes too', () => {
    expect(contrastWithWhite(rgb(FALLBACK_PRIMARY))).toBeGreaterThanOrEqual(4.5);
  });
});
