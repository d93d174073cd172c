// WCAG 2.1 contrast for a skin's colours, checked when a city site is built.

type Rgb = [number, number, number];

export function parseHex(value: string): Rgb | undefined {
  const hex = /^#([0-9a-f]{6})$/i.exec(value.trim())?.[1];
  if (!hex) return undefined;
  return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const ra = parseHex(a);
  const rb = parseHex(b);
  if (!ra || !rb) throw new Error(`not a #rrggbb colour: ${ra ? b : a}`);
  const [light, dark] = [luminance(ra), luminance(rb)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG 2.1 AA for normal-size text. */
export const MIN_TEXT_CONTRAST = 4.5;
/** WCAG 2.1 AA for borders and focus rings (non-text contrast). */
export const MIN_UI_CONTRAST = 3;

export interface Palette {
  primary: string;
  onPrimary: string;
  accent: string;
  onAccent: string;
  background: string;
  surface: string;
  text: string;
  muted: string;
  link: string;
  focus: string;
  danger: string;
  success: string;
}

/** Every pair a page puts together: [foreground, background, minimum, what it is]. */
const PAIRS: ReadonlyArray<[keyof Palette, keyof Palette, number, string]> = [
  ['onPrimary', 'primary', MIN_TEXT_CONTRAST, 'text on the header and buttons'],
  ['onAccent', 'accent', MIN_TEXT_CONTRAST, 'text on accent badges'],
  ['text', 'background', MIN_TEXT_CONTRAST, 'body text'],
  ['text', 'surface', MIN_TEXT_CONTRAST, 'text on cards'],
  ['muted', 'surface', MIN_TEXT_CONTRAST, 'secondary text on cards'],
  ['muted', 'background', MIN_TEXT_CONTRAST, 'secondary text'],
  ['link', 'background', MIN_TEXT_CONTRAST, 'links'],
  ['link', 'surface', MIN_TEXT_CONTRAST, 'links on cards'],
  ['primary', 'surface', MIN_TEXT_CONTRAST, 'primary-coloured text on cards'],
  ['danger', 'surface', MIN_TEXT_CONTRAST, 'error messages'],
  ['success', 'surface', MIN_TEXT_CONTRAST, 'confirmations'],
  ['focus', 'background', MIN_UI_CONTRAST, 'the focus ring'],
  ['focus', 'surface', MIN_UI_CONTRAST, 'the focus ring on cards'],
];

/** What fails WCAG AA in a palette, one line each; empty when every pair passes. */
export function contrastProblems(palette: Palette): string[] {
  const problems: string[] = [];
  for (const [fg, bg, min, what] of PAIRS) {
    const ratio = contrastRatio(palette[fg], palette[bg]);
    if (ratio < min) {
      problems.push(
        `${fg} ${palette[fg]} on ${bg} ${palette[bg]} (${what}) has contrast ${ratio.toFixed(2)}:1, needs ${min}:1`,
      );
    }
  }
  return problems;
}
