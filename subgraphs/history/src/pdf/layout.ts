// Where everything sits on the certificate: fixed rows on one A4 page, Korean with English beneath.
import type { CertificateView } from './certificatePdf.ts';
import { formatHours, seoulDate } from './printed.ts';
import { drawQr } from './qr.ts';
import { type Style, textAt } from './text.ts';

type Doc = PDFKit.PDFDocument;

export const issuerKo = '경기도 평생학습 배움터';
export const issuerEn = 'Gyeonggi Province Lifelong Learning (Baeumteo)';
const revokedMark = '효력 없음 (취소됨) / REVOKED';

const colors = { ink: '#1f2933', navy: '#1f3a5f', muted: '#5f6b7a', rule: '#c9d2dc', red: '#c62828' };
const page = { width: 595.28, height: 841.89 };
const content = { left: 60, width: page.width - 120 };
// Fixed rows keep every certificate laid out alike; text between them is capped in lines, so it never overlaps.
const rows = { title: 70, revoked: 148, holder: 212, details: 440, issuer: 616, qr: 670 };
const qrSize = 88;

export function drawCertificate(doc: Doc, view: CertificateView, verifyUrl: string): void {
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

function centered(doc: Doc, text: string, y: number, style: Style): number {
  return textAt(doc, text, content.left, y, content.width, 'center', style);
}
