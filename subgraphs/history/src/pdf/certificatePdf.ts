// Renders a certificate (수료증) as a one-page A4 PDF: Korean with English beneath, and a QR code to verify it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

export interface CertificateView {
  number: string;
  holderName: string;
  courseTitle: string;
  courseTitleEn: string | null;
  cityNameKo: string;
  cityNameEn: string;
  categoryKo: string;
  categoryEn: string;
  hours: number;
  issuedAt: Date;
  revoked: boolean;
}

type Doc = PDFKit.PDFDocument;
type Weight = 'regular' | 'bold';

interface Style {
  font: Weight;
  size: number;
  color: string;
  /** Longer text is cut with an ellipsis, so nothing can push the page past one sheet. */
  lines?: number;
}

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
const ellipsis = '…';

const issuerKo = '경기도 평생학습 배움터';
const issuerEn = 'Gyeonggi Province Lifelong Learning (Baeumteo)';
const revokedMark = '효력 없음 (취소됨) / REVOKED';

const colors = { ink: '#1f2933', navy: '#1f3a5f', muted: '#5f6b7a', rule: '#c9d2dc', red: '#c62828' };
const page = { width: 595.28, height: 841.89 };
const content = { left: 60, width: page.width - 120 };
// Fixed rows keep every certificate laid out alike; text between them is capped in lines, so it never overlaps.
const rows = { title: 70, revoked: 148, holder: 212, details: 440, issuer: 616, qr: 670 };
const qrSize = 88;
const qrQuietZone = 4;

const englishMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export async function renderCertificatePdf(view: CertificateView, verifyUrl: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 36,
    lang: 'ko-KR',
    displayTitle: true,
    // Fixed metadata (pdfkit would otherwise stamp the current time) makes a re-download byte-identical.
    info: {
      Title: view.number,
      Author: `${issuerKo} / ${issuerEn}`,
      Creator: `${issuerKo} / ${issuerEn}`,
      Producer: `${issuerKo} / ${issuerEn}`,
      CreationDate: view.issuedAt,
      ModDate: view.issuedAt,
    },
  });
  for (const [name, data] of Object.entries(loadFonts())) doc.registerFont(name, data);
  const done = collect(doc);
  drawCertificate(doc, view, verifyUrl);
  doc.end();
  return done;
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

function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function drawCertificate(doc: Doc, view: CertificateView, verifyUrl: string): void {
  if (view.revoked) drawRevokedWatermark(doc);
  drawBorder(doc);

  let y = centered(doc, '수료증', rows.title, { font: 'bold', size: 40, color: colors.navy }) + 6;
  centered(doc, 'Certificate of Completion', y, { font: 'regular', size: 16, color: colors.muted });
  if (view.revoked) drawRevokedBanner(doc);

  y = centered(doc, '성명 / Name', rows.holder, { font: 'regular', size: 10, color: colors.muted }) + 4;
  y = centered(doc, view.holderName, y, { font: 'bold', size: 26, color: colors.ink, lines: 2 }) + 10;
  y = centered(doc, '위 사람은 아래 과정을 수료하였음을 증명합니다.', y, {
    font: 'regular',
    size: 12,
    color: colors.ink,
  });
  y = centered(doc, 'This is to certify that the person named above has completed the course below.', y + 4, {
    font: 'regular',
    size: 10,
    color: colors.muted,
  });

  y = centered(doc, '과정명 / Course', y + 20, { font: 'regular', size: 10, color: colors.muted }) + 4;
  y = centered(doc, view.courseTitle, y, { font: 'bold', size: 20, color: colors.ink, lines: 2 }) + 4;
  if (view.courseTitleEn) {
    centered(doc, view.courseTitleEn, y, { font: 'regular', size: 12, color: colors.muted, lines: 2 });
  }

  drawDetails(doc, view);

  y = centered(doc, issuerKo, rows.issuer, { font: 'bold', size: 17, color: colors.navy }) + 4;
  centered(doc, issuerEn, y, { font: 'regular', size: 11, color: colors.muted });

  drawQr(doc, verifyUrl, (page.width - qrSize) / 2, rows.qr, qrSize);
  y = centered(doc, verifyUrl, rows.qr + qrSize + 4, {
    font: 'regular',
    size: 8,
    color: colors.muted,
    lines: 2,
  });
  centered(doc, '진위 확인 / Verify this certificate', y + 3, {
    font: 'regular',
    size: 9,
    color: colors.ink,
  });
}

function drawBorder(doc: Doc): void {
  doc
    .lineWidth(2.5)
    .rect(24, 24, page.width - 48, page.height - 48)
    .stroke(colors.navy);
  doc
    .lineWidth(0.75)
    .rect(30, 30, page.width - 60, page.height - 60)
    .stroke(colors.navy);
}

function drawRevokedBanner(doc: Doc): void {
  const width = 360;
  const x = (page.width - width) / 2;
  doc.lineWidth(1.5).rect(x, rows.revoked, width, 40).stroke(colors.red);
  centered(doc, revokedMark, rows.revoked + 12, { font: 'bold', size: 16, color: colors.red });
}

function drawRevokedWatermark(doc: Doc): void {
  doc.save();
  doc.rotate(-35, { origin: [page.width / 2, page.height / 2] });
  doc.fillOpacity(0.1);
  textAt(doc, 'REVOKED', 0, page.height / 2 - 50, page.width, 'center', {
    font: 'bold',
    size: 100,
    color: colors.red,
  });
  doc.restore();
}

function drawDetails(doc: Doc, view: CertificateView): void {
  const hours = formatHours(view.hours);
  const issued = seoulDate(view.issuedAt);
  const details: [string, string, string, string][] = [
    [
      '이수 시간 · 분야',
      'Hours · Category',
      `${hours.ko} · ${view.categoryKo}`,
      `${hours.en} · ${view.categoryEn}`,
    ],
    ['운영 시군', 'City or county', view.cityNameKo, view.cityNameEn],
    ['발급일', 'Date of issue', issued.ko, issued.en],
    ['증서 번호', 'Certificate number', view.number, view.number],
  ];
  const left = 110;
  const labelWidth = 130;
  const valueLeft = left + labelWidth;
  const valueWidth = page.width - 110 - valueLeft;
  const rowHeight = 38;

  details.forEach(([labelKo, labelEn, valueKo, valueEn], index) => {
    const y = rows.details + index * rowHeight;
    doc
      .lineWidth(0.5)
      .moveTo(left, y)
      .lineTo(page.width - 110, y)
      .stroke(colors.rule);
    textAt(doc, labelKo, left, y + 7, labelWidth, 'left', { font: 'bold', size: 11, color: colors.ink });
    textAt(doc, labelEn, left, y + 22, labelWidth, 'left', { font: 'regular', size: 9, color: colors.muted });
    textAt(doc, valueKo, valueLeft, y + 7, valueWidth, 'left', {
      font: 'regular',
      size: 12,
      color: colors.ink,
    });
    textAt(doc, valueEn, valueLeft, y + 22, valueWidth, 'left', {
      font: 'regular',
      size: 9,
      color: colors.muted,
    });
  });
  const bottom = rows.details + details.length * rowHeight;
  doc
    .lineWidth(0.5)
    .moveTo(left, bottom)
    .lineTo(page.width - 110, bottom)
    .stroke(colors.rule);
}

/** Draws the QR of `url` as one filled path of vector squares, with the standard four-module quiet zone. */
function drawQr(doc: Doc, url: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const cell = size / (modules.size + 2 * qrQuietZone);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      doc.rect(x + (col + qrQuietZone) * cell, y + (row + qrQuietZone) * cell, cell, cell);
    }
  }
  doc.fill('#000000');
}

function centered(doc: Doc, text: string, y: number, style: Style): number {
  return textAt(doc, text, content.left, y, content.width, 'center', style);
}

/** Writes text in a box, cut to `style.lines` lines with an ellipsis, and returns the y below it. */
function textAt(
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

/** Splits text into the longest pieces that one font draws. */
function runsOf(doc: Doc, text: string, weight: Weight): Run[] {
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
function clustersOf(text: string): string[] {
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
function embedded(doc: Doc, font: FontName): EmbeddedFont {
  doc.font(font);
  return (doc as unknown as { _font: EmbeddedFont })._font;
}

function formatHours(hours: number): { ko: string; en: string } {
  const value = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: false }).format(
    hours,
  );
  return { ko: `${value}시간`, en: `${value} ${hours === 1 ? 'hour' : 'hours'}` };
}

function seoulDate(date: Date): { ko: string; en: string } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Asia/Seoul',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const [year, month, day] = [part('year'), part('month'), part('day')];
  return { ko: `${year}년 ${month}월 ${day}일`, en: `${day} ${englishMonths[month - 1]} ${year}` };
}
