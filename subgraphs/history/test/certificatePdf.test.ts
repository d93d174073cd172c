// The certificate PDF, read back with pdfjs: its text in both languages, names in scripts NanumGothic
// lacks, a long title wrapped, stable bytes, and the revoked mark.
import { PDFDateString } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { renderCertificatePdf } from '../src/pdf/certificatePdf.ts';
import { baseFonts, normalize, readPdf, verifyUrl, view } from './pdfReading.ts';

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
});
