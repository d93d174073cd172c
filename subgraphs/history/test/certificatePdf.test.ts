// The certificate PDF, read back with pdfjs: its text in both languages, names in scripts NanumGothic lacks, stable
// bytes, the revoked mark, and a QR code that really encodes the verification link.
import {
  getDocument,
  OPS,
  PDFDateString,
  type PDFPageProxy,
  VerbosityLevel,
} from 'pdfjs-dist/legacy/build/pdf.mjs';
import QRCode from 'qrcode';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { type CertificateView, renderCertificatePdf } from '../src/pdf/certificatePdf.ts';

const verifyUrl = 'https://baeumteo.gg.go.kr/verify/GG-2026-41390-000123';
const view: CertificateView = {
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
type Matrix = [number, number, number, number, number, number];
interface Square {
  left: number;
  top: number;
  size: number;
}
interface Box {
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

const normalize = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

async function readPdf(pdf: Buffer) {
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
function baseFonts(pdf: Buffer): string[] {
  return [...pdf.toString('latin1').matchAll(/\/BaseFont\s*\/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1] ?? '');
}

/** A text item's box on the page, descenders included. */
function textBox(item: TextItem): Box {
  const [x, y] = [item.transform[4] as number, item.transform[5] as number];
  return { left: x, right: x + item.width, bottom: y - item.height * 0.25, top: y + item.height };
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** What `cm` does: points go through m first, then through the current matrix. */
function concat(ctm: Matrix, m: Matrix): Matrix {
  return [
    ctm[0] * m[0] + ctm[2] * m[1],
    ctm[1] * m[0] + ctm[3] * m[1],
    ctm[0] * m[2] + ctm[2] * m[3],
    ctm[1] * m[2] + ctm[3] * m[3],
    ctm[0] * m[4] + ctm[2] * m[5] + ctm[4],
    ctm[1] * m[4] + ctm[3] * m[5] + ctm[5],
  ];
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.01;

/**
 * The axis-aligned squares (in page space) of a pdfjs 5 path, or null when it holds anything else. pdfjs turns
 * each `re` into moveTo, three lineTo and closePath (DrawOPS 0, 1, 1, 1, 4): 13 numbers.
 */
function squaresOf(data: Float32Array, ctm: Matrix): Square[] | null {
  const squares: Square[] = [];
  for (let i = 0; i < data.length; i += 13) {
    const op = Array.from(data.subarray(i, i + 13));
    const [m, , , l1, , , l2, , , l3, , , close] = op;
    if (op.length !== 13 || m !== 0 || l1 !== 1 || l2 !== 1 || l3 !== 1 || close !== 4) return null;
    const corners = [1, 4, 7, 10].map((at) => apply(ctm, op[at] as number, op[at + 1] as number));
    const xs = corners.map(([x]) => x);
    const ys = corners.map(([, y]) => y);
    const box = {
      left: Math.min(...xs),
      right: Math.max(...xs),
      bottom: Math.min(...ys),
      top: Math.max(...ys),
    };
    const aligned = corners.every(
      ([x, y]) => (near(x, box.left) || near(x, box.right)) && (near(y, box.bottom) || near(y, box.top)),
    );
    if (!aligned || !near(box.right - box.left, box.top - box.bottom)) return null;
    squares.push({ left: box.left, top: box.top, size: box.right - box.left });
  }
  return squares;
}

/** The filled paths made only of squares, found by walking the operator list with its transforms. */
function filledSquarePaths(operators: { fnArray: number[]; argsArray: unknown[] }): Square[][] {
  const paths: Square[][] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  operators.fnArray.forEach((fn, index) => {
    const args = operators.argsArray[index] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = concat(ctm, args as Matrix);
    else if (fn === OPS.constructPath && (args[0] === OPS.fill || args[0] === OPS.eoFill)) {
      const [data] = args[1] as [Float32Array | null];
      const squares = data && squaresOf(data, ctm);
      if (squares) paths.push(squares);
    }
  });
  return paths;
}

/** Rebuilds the module matrix ('#' dark, '.' light) from the largest path of equal squares on the page. */
function drawnQr(operators: { fnArray: number[]; argsArray: unknown[] }) {
  const squares = filledSquarePaths(operators).sort((a, b) => b.length - a.length)[0] ?? [];
  const cell = squares[0]?.size ?? 1;
  const left = Math.min(...squares.map((s) => s.left));
  const top = Math.max(...squares.map((s) => s.top));
  const cells = squares.map((s) => {
    const row = (top - s.top) / cell;
    const col = (s.left - left) / cell;
    expect(near(s.size, cell) && near(row, Math.round(row)) && near(col, Math.round(col))).toBe(true);
    return [Math.round(row), Math.round(col)] as const;
  });
  const size = Math.max(...cells.flat()) + 1;
  const grid = Array.from({ length: size }, () => Array<string>(size).fill('.'));
  for (const [row, col] of cells) grid[row]![col] = '#';
  const quiet = 4 * cell;
  return {
    rows: grid.map((row) => row.join('')),
    quietZone: {
      left: left - quiet,
      right: left + size * cell + quiet,
      bottom: top - size * cell - quiet,
      top: top + quiet,
    },
  };
}

function expectedQr(url: string): string[] {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, row) =>
    Array.from({ length: modules.size }, (_, col) => (modules.get(row, col) ? '#' : '.')).join(''),
  );
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.bottom < b.top && b.bottom < a.top;

describe('renderCertificatePdf', () => {
  let valid: Buffer;
  let revoked: Buffer;

  beforeAll(async () => {
    valid = await renderCertificatePdf(view, verifyUrl);
    revoked = await renderCertificatePdf({ ...view, revoked: true }, verifyUrl);
  });

  it('is a one-page PDF whose text names the holder, the course, the hours and the link', async () => {
    const { pages, text, info } = await readPdf(valid);

    expect(valid.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pages).toBe(1);
    for (const expected of [
      '수료증',
      'Certificate of Completion',
      view.holderName,
      view.courseTitle,
      view.courseTitleEn!,
      view.number,
      '7.5시간',
      '7.5 hours',
      '문화예술교육',
      'Culture and arts',
      '시흥시',
      'Siheung-si',
      '2026년 11월 22일',
      '22 November 2026',
      '경기도 평생학습 배움터',
      'Gyeonggi Province Lifelong Learning (Baeumteo)',
      verifyUrl,
      '진위 확인 / Verify this certificate',
    ]) {
      expect(text).toContain(normalize(expected));
    }
    expect(info.Title).toBe(view.number);
    expect(PDFDateString.toDateObject(info.CreationDate as string)?.getTime()).toBe(view.issuedAt.getTime());
  });

  it('sets a Korean certificate in NanumGothic alone', () => {
    expect(new Set(baseFonts(valid))).toEqual(new Set(['NanumGothic', 'NanumGothicBold']));
  });

  it('prints Vietnamese and Cyrillic letters that NanumGothic lacks in Noto Sans, byte-stable', async () => {
    const cases = [
      { holderName: 'Nguyễn Văn An', courseTitle: 'Tiếng Hàn cho người mới' },
      { holderName: 'Иван Петров', courseTitle: view.courseTitle },
    ];
    for (const names of cases) {
      const pdf = await renderCertificatePdf({ ...view, ...names }, verifyUrl);
      const { pages, text } = await readPdf(pdf);

      expect(pages).toBe(1);
      expect(text).toContain(normalize(names.holderName));
      expect(text).toContain(normalize(names.courseTitle));
      expect(text).toContain(normalize('경기도 평생학습 배움터'));
      expect(baseFonts(pdf)).toEqual(expect.arrayContaining(['NanumGothicBold', 'NotoSans-Bold']));
      expect((await renderCertificatePdf({ ...view, ...names }, verifyUrl)).equals(pdf)).toBe(true);
    }
  });

  it('wraps a long mixed-script title to two centred lines cut with an ellipsis', async () => {
    const courseTitle = 'Tiếng Việt và tiếng Hàn: '.repeat(12);
    const { pages, segments } = await readPdf(
      await renderCertificatePdf({ ...view, courseTitle }, verifyUrl),
    );
    const title = segments.filter((segment) => segment.text.includes('Tiếng'));

    expect(pages).toBe(1);
    expect(title).toHaveLength(2);
    expect(normalize(title.map((line) => line.text).join(' '))).toMatch(/^Tiếng Việt và tiếng Hàn: .*…$/);
    for (const line of title) {
      expect(Math.abs((line.left + line.right) / 2 - 595.28 / 2)).toBeLessThan(0.5);
      expect(line.right - line.left).toBeLessThanOrEqual(595.28 - 120);
    }
  });

  it('gives the same bytes for the same certificate, whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
      const again = await renderCertificatePdf(view, verifyUrl);
      expect(again.equals(valid)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('marks a revoked certificate, and only a revoked one', async () => {
    const revokedText = (await readPdf(revoked)).text;
    const validText = (await readPdf(valid)).text;

    expect(revokedText).toContain('효력 없음 (취소됨) / REVOKED');
    expect(validText).not.toContain('효력 없음');
    expect(validText).not.toContain('취소됨');
    expect(validText).not.toContain('REVOKED');
  });

  it('draws a QR code of the verification link, with a clear quiet zone', async () => {
    const { operators, textBoxes } = await readPdf(valid);
    const qr = drawnQr(operators);

    expect(qr.rows).toEqual(expectedQr(verifyUrl));
    for (const box of textBoxes) expect(overlaps(box, qr.quietZone)).toBe(false);
  });
});
