// The certificate the PDF tests render, and reading its PDF back with pdfjs: page count, text joined
// into lines, text boxes, metadata, operators, and the fonts embedded in the raw file.
import { getDocument, type PDFPageProxy, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { CertificateView } from '../src/pdf/certificatePdf.ts';

export const verifyUrl = 'https://baeumteo.gg.go.kr/verify/GG-2026-41390-000123';
export const view: CertificateView = {
  number: 'GG-2026-41390-000123',
  holderName: '김배움',
  courseTitle: '생활 속 수채화: 우리 동네 풍경 그리기',
  courseTitleEn: 'Watercolour in Daily Life: Painting Our Neighbourhood',
  cityNameKo: '시흥시',
  cityNameEn: 'Siheung-si',
  categoryKo: '문화예술교육',
  categoryEn: 'Culture and arts',
  hours: 7.5,
  // Still 21 November in UTC, already 22 November in Korea.
  issuedAt: new Date('2026-11-21T16:30:00Z'),
  revoked: false,
};

type TextItem = Extract<
  Awaited<ReturnType<PDFPageProxy['getTextContent']>>['items'][number],
  { str: string }
>;
export interface Box {
  left: number;
  right: number;
  bottom: number;
  top: number;
}
/** Text items that touch on one baseline: a line's runs in different fonts come out as separate items. */
interface Segment {
  text: string;
  left: number;
  right: number;
  baseline: number;
}

export const normalize = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

export async function readPdf(pdf: Buffer) {
  // pdfjs detaches the array it is given, so it gets a copy.
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: VerbosityLevel.ERRORS }).promise;
  try {
    const page = await doc.getPage(1);
    const items = (await page.getTextContent()).items.filter((item): item is TextItem => 'str' in item);
    const segments = segmentsOf(items);
    return {
      pages: doc.numPages,
      text: normalize(segments.map((segment) => segment.text).join(' ')),
      segments,
      textBoxes: items.map(textBox),
      info: (await doc.getMetadata()).info as Record<string, unknown>,
      operators: await page.getOperatorList(),
    };
  } finally {
    await doc.destroy();
  }
}

function segmentsOf(items: TextItem[]): Segment[] {
  const segments: Segment[] = [];
  for (const item of items.filter((i) => i.str)) {
    const [left, baseline] = [item.transform[4] as number, item.transform[5] as number];
    const last = segments.at(-1);
    if (last && Math.abs(last.baseline - baseline) < 0.01 && Math.abs(last.right - left) < 0.5) {
      last.text += item.str;
      last.right = left + item.width;
    } else {
      segments.push({ text: item.str, left, right: left + item.width, baseline });
    }
  }
  return segments;
}

/** The names after `/BaseFont /ABCDEF+` in the raw file: pdfkit writes font dictionaries uncompressed. */
export function baseFonts(pdf: Buffer): string[] {
  return [...pdf.toString('latin1').matchAll(/\/BaseFont\s*\/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1] ?? '');
}

/** A text item's box on the page, descenders included. */
function textBox(item: TextItem): Box {
  const [x, y] = [item.transform[4] as number, item.transform[5] as number];
  return { left: x, right: x + item.width, bottom: y - item.height * 0.25, top: y + item.height };
}
