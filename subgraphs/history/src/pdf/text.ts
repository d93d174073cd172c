// Setting text: wrapped at spaces, cut with an ellipsis to a number of lines, each line drawn in
// runs of the font that has its glyphs.
import { clustersOf, embedded, runsOf, type Weight } from './fonts.ts';

type Doc = PDFKit.PDFDocument;

export interface Style {
  font: Weight;
  size: number;
  color: string;
  /** Longer text is cut with an ellipsis, so nothing can push the page past one sheet. */
  lines?: number;
}

const ellipsis = '…';

/** Writes text in a box, cut to `style.lines` lines with an ellipsis, and returns the y below it. */
export function textAt(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  width: number,
  align: 'left' | 'center',
  style: Style,
): number {
  const lineGap = style.size * 0.25;
  // Lines keep NanumGothic's metrics, so Hangul and Latin sit where they always did; Noto Sans shares its baseline.
  const ascent = (embedded(doc, `nanum-${style.font}`).ascender / 1000) * style.size;
  doc.fontSize(style.size).fillColor(style.color);
  const lineHeight = doc.currentLineHeight(true);
  const lines = linesOf(doc, paragraph(text), width, style);
  lines.forEach((line, index) => {
    const indent = align === 'center' ? (width - widthOf(doc, line, style)) / 2 : 0;
    drawLine(doc, line, x + indent, y + index * (lineHeight + lineGap) + ascent, style);
  });
  return y + lines.length * lineHeight + (lines.length - 1) * lineGap;
}

/**
 * Fields are one paragraph; NFC gives decomposed input the precomposed letters the fonts draw best, and a stray
 * tab or newline would otherwise be measured as a missing glyph.
 */
function paragraph(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function linesOf(doc: Doc, text: string, width: number, style: Style): string[] {
  const max = style.lines ?? 1;
  const lines: string[] = [];
  for (const line of wrapped(doc, text, width, style)) {
    if (lines.length === max) {
      lines[max - 1] = withEllipsis(doc, lines[max - 1] ?? '', width, style);
      break;
    }
    lines.push(line);
  }
  return lines;
}

/** Breaks at spaces; a word too wide for a line of its own is cut between letters. */
function* wrapped(doc: Doc, text: string, width: number, style: Style): Generator<string> {
  const fits = (line: string) => widthOf(doc, line.trimEnd(), style) <= width;
  let line = '';
  for (const word of text.match(/\S+\s*/g) ?? []) {
    if (fits(line + word)) {
      line += word;
      continue;
    }
    if (line) yield line.trimEnd();
    line = '';
    for (const cluster of clustersOf(word)) {
      if (line && !fits(line + cluster)) {
        yield line.trimEnd();
        line = '';
      }
      line += cluster;
    }
  }
  yield line.trimEnd();
}

function withEllipsis(doc: Doc, line: string, width: number, style: Style): string {
  let kept = line;
  while (kept && widthOf(doc, kept + ellipsis, style) > width) {
    kept = clustersOf(kept).slice(0, -1).join('').trimEnd();
  }
  return kept + ellipsis;
}

function drawLine(doc: Doc, line: string, x: number, baseline: number, style: Style): void {
  let left = x;
  for (const run of runsOf(doc, line, style.font)) {
    doc
      .font(run.font, style.size)
      .text(run.text, left, baseline, { lineBreak: false, baseline: 'alphabetic' });
    left += doc.widthOfString(run.text);
  }
}

/** Each run is measured in its own font. */
function widthOf(doc: Doc, text: string, style: Style): number {
  let width = 0;
  for (const run of runsOf(doc, text, style.font)) {
    width += doc.font(run.font, style.size).widthOfString(run.text);
  }
  return width;
}
