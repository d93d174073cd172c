// The certificate's fonts and the fallback between them: which family draws each character.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Doc = PDFKit.PDFDocument;
export type Weight = 'regular' | 'bold';

// Each character is set in the first family with a glyph for it: NanumGothic for Hangul and plain Latin, Noto Sans
// for the Vietnamese, Greek and Cyrillic letters NanumGothic lacks.
const families = ['nanum', 'noto'] as const;
type FontName = `${(typeof families)[number]}-${Weight}`;

const require = createRequire(import.meta.url);
const fontFiles: Record<FontName, string> = {
  'nanum-regular': require.resolve('@expo-google-fonts/nanum-gothic/400Regular/NanumGothic_400Regular.ttf'),
  'nanum-bold': require.resolve('@expo-google-fonts/nanum-gothic/700Bold/NanumGothic_700Bold.ttf'),
  'noto-regular': require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  'noto-bold': require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
};
let fontData: Record<FontName, Buffer> | undefined;

/** The part of pdfkit's embedded font (a private field) used here: its ascender in 1/1000 em and fontkit's font. */
interface EmbeddedFont {
  ascender: number;
  font: { hasGlyphForCodePoint(codePoint: number): boolean };
}

interface Run {
  text: string;
  font: FontName;
}

const combiningMark = /\p{M}/u;

/** Registers the four fonts under their names (`nanum-bold`, …); they are read from disk once per process. */
export function registerFonts(doc: Doc): void {
  for (const [name, data] of Object.entries(loadFonts())) doc.registerFont(name, data);
}

function loadFonts(): Record<FontName, Buffer> {
  fontData ??= {
    'nanum-regular': padded(readFileSync(fontFiles['nanum-regular'])),
    'nanum-bold': padded(readFileSync(fontFiles['nanum-bold'])),
    // Noto Sans ends with a glyph that has an outline, so every one of its glyphs subsets as it is.
    'noto-regular': readFileSync(fontFiles['noto-regular']),
    'noto-bold': readFileSync(fontFiles['noto-bold']),
  };
  return fontData;
}

/**
 * NanumGothic's space is an empty last glyph at the very end of the file, and fontkit reads a glyph header
 * there even for empty glyphs; the zero padding gives it an empty box instead of a RangeError.
 */
function padded(font: Buffer): Buffer {
  return Buffer.concat([font, Buffer.alloc(16)]);
}

/** Splits text into the longest pieces that one font draws. */
export function runsOf(doc: Doc, text: string, weight: Weight): Run[] {
  const runs: Run[] = [];
  for (const cluster of clustersOf(text)) {
    const font = fontFor(doc, cluster, weight);
    const last = runs.at(-1);
    if (last?.font === font) last.text += cluster;
    else runs.push({ text: cluster, font });
  }
  return runs;
}

/** Code points, each with the combining marks after it, so a mark is always drawn in its letter's font. */
export function clustersOf(text: string): string[] {
  const clusters: string[] = [];
  for (const ch of text) {
    if (combiningMark.test(ch) && clusters.length > 0) clusters[clusters.length - 1] += ch;
    else clusters.push(ch);
  }
  return clusters;
}

/** The first family with a glyph for every code point of the cluster; NanumGothic's blank when none has. */
function fontFor(doc: Doc, cluster: string, weight: Weight): FontName {
  const family = families.find((name) => covers(embedded(doc, `${name}-${weight}`), cluster)) ?? families[0];
  return `${family}-${weight}`;
}

function covers(font: EmbeddedFont, cluster: string): boolean {
  return [...cluster].every((ch) => font.font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0));
}

/** Selects the font; pdfkit embeds only the glyphs drawn, so a font only looked at adds nothing to the file. */
export function embedded(doc: Doc, font: FontName): EmbeddedFont {
  doc.font(font);
  return (doc as unknown as { _font: EmbeddedFont })._font;
}
