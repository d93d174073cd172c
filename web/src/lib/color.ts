/** Used until the city's own color has loaded, and when the API returns something that is not a color. */
export const FALLBACK_PRIMARY = '#0b5394';

/** WCAG 2.1 AA for normal-size text. */
const MIN_CONTRAST = 4.5;

type Rgb = [number, number, number];

function parseHex(value: string): Rgb | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  const hex = match?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Contrast ratio between white and the given color (1 to 21). */
export function contrastWithWhite(rgb: Rgb): number {
  return 1.05 / (luminance(rgb) + 0.05);
}

/**
 * The city's primary color as a `#rrggbb` background that white text can sit on (contrast >= 4.5:1):
 * a color that is too light is darkened just enough, keeping its hue. Anything that is not a hex color
 * gives the fallback.
 */
export function accessiblePrimary(color: string | null | undefined): string {
  const rgb = color ? parseHex(color) : undefined;
  if (!rgb) return FALLBACK_PRIMARY;
  let current: Rgb = rgb;
  // Whole-number channels at each step, so the contrast checked is the contrast of the color returned.
  while (contrastWithWhite(current) < MIN_CONTRAST) {
    current = current.map((c) => Math.floor(c * 0.95)) as Rgb;
  }
  return toHex(current);
}
