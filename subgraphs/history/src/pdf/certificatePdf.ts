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

interface Style {
  font: 'regular' | 'bold';
  size: number;
  color: string;
  /** Longer text is cut with an ellipsis, so nothing can push the page past one sheet. */
  lines?: number;
}

const require = createRequire(import.meta.url);
const fontFiles = {
  regular: require.resolve('@expo-google-fonts/nanum-gothic/400Regular/NanumGothic_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/nanum-gothic/700Bold/NanumGothic_700Bold.ttf'),
};
let fontData: Record<Style['font'], Buffer> | undefined;

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
  const fonts = loadFonts();
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const done = collect(doc);
  drawCertificate(doc, view, verifyUrl);
  doc.end();
  return done;
}

/**
 * NanumGothic's space is an empty last glyph at the very end of the file, and fontkit reads a glyph header
 * there even for empty glyphs; the zero padding gives it an empty box instead of a RangeError.
 */
function loadFonts(): Record<Style['font'], Buffer> {
  fontData ??= {
    regular: Buffer.concat([readFileSync(fontFiles.regular), Buffer.alloc(16)]),
    bold: Buffer.concat([readFileSync(fontFiles.bold), Buffer.alloc(16)]),
  };
  return fontData;
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

/** Writes text in a box and returns the y below it. */
function textAt(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  width: number,
  align: 'left' | 'center',
  style: Style,
): number {
  const lines = style.lines ?? 1;
  const lineGap = style.size * 0.25;
  doc.font(style.font).fontSize(style.size).fillColor(style.color);
  // A height bound also stops pdfkit from starting a second page; the half point absorbs rounding.
  const height = lines * doc.currentLineHeight(true) + (lines - 1) * lineGap + 0.5;
  doc.text(text, x, y, { width, align, height, lineGap, ellipsis: true });
  return doc.y - lineGap;
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
