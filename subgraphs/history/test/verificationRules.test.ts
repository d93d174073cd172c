// The rules of public verification, without a database: the masked name, the verification code
// and the address the QR code holds, and the notice that tells the holder of their certificate.
import { randomBytes } from 'node:crypto';
import { parseNotice } from '@baeumteo/contracts';
import { describe, expect, it } from 'vitest';
import { certificateNotice, certificateNoticeId } from '../src/rules/certificateNotice.ts';
import { maskHolderName } from '../src/rules/holderName.ts';
import {
  formatVerificationCode,
  verificationCodeBytes,
  verificationCodeMatches,
} from '../src/rules/verificationCode.ts';
import { verificationAddress } from '../src/rules/verificationUrl.ts';

describe('maskHolderName', () => {
  it('keeps the first and the last character of a Korean name and masks the rest', () => {
    expect(maskHolderName('김하늘')).toBe('김*늘');
    expect(maskHolderName('남궁하늘')).toBe('남**늘');
    expect(maskHolderName('독고다운별')).toBe('독***별');
  });

  it('keeps only the first of two characters, and nothing of one', () => {
    expect(maskHolderName('김하')).toBe('김*');
    expect(maskHolderName('김')).toBe('*');
  });

  it('masks Latin names whole, spaces included, counting accented letters once', () => {
    expect(maskHolderName('John Smith')).toBe('J********h');
    expect(maskHolderName('Nguyễn Văn An'.normalize('NFD'))).toBe(`N${'*'.repeat(11)}n`);
    expect(maskHolderName('  Jo  ')).toBe('J*');
  });
});

describe('verification codes', () => {
  it('are 80 random bits in 16 base32 characters', () => {
    expect(verificationCodeBytes * 8).toBeGreaterThanOrEqual(80);
    const code = formatVerificationCode(randomBytes(verificationCodeBytes));
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
    expect(formatVerificationCode(new Uint8Array(10))).toBe('0000000000000000');
    expect(formatVerificationCode(new Uint8Array(10).fill(255))).toBe('ZZZZZZZZZZZZZZZZ');
  });

  it('match regardless of case, spaces and dashes, and never when missing or wrong', () => {
    expect(verificationCodeMatches('ABCD1234EFGH5678', 'abcd-1234 efgh-5678')).toBe(true);
    expect(verificationCodeMatches('ABCD1234EFGH5678', 'ABCD1234EFGH5679')).toBe(false);
    expect(verificationCodeMatches('ABCD1234EFGH5678', '')).toBe(false);
    expect(verificationCodeMatches('ABCD1234EFGH5678', null)).toBe(false);
  });
});

describe('verificationAddress', () => {
  const number = 'GG-2026-41390-000123';

  it('puts the code where the template says, or in the code parameter', () => {
    expect(verificationAddress('https://a.kr/verify/{number}?code={code}', number, 'ABC', 'suwon')).toBe(
      `https://a.kr/verify/${number}?code=ABC`,
    );
    expect(verificationAddress('https://a.kr/verify/{number}', number, 'ABC', 'suwon')).toBe(
      `https://a.kr/verify/${number}?code=ABC`,
    );
    expect(verificationAddress('https://a.kr/v?n={number}', number, 'ABC', 'suwon')).toBe(
      `https://a.kr/v?n=${number}&code=ABC`,
    );
  });

  it('names the number alone without a code', () => {
    expect(verificationAddress('https://a.kr/verify/{number}?code={code}', number, null, 'suwon')).toBe(
      `https://a.kr/verify/${number}`,
    );
    expect(verificationAddress('https://a.kr/verify/{number}', number, null, 'suwon')).toBe(
      `https://a.kr/verify/${number}`,
    );
  });

  it("leads to the issuing city's site when the template names the city", () => {
    expect(verificationAddress('https://{city}.baeumteo.kr/verify/{number}', number, 'ABC', 'suwon')).toBe(
      `https://suwon.baeumteo.kr/verify/${number}?code=ABC`,
    );
  });
});

describe('certificateNotice', () => {
  const issued = {
    number: 'GG-2026-41110-000007',
    learnerId: '0b6f8a52-3c1d-4e2f-9a7b-5d4c3b2a1f00',
    cityId: 'suwon',
    courseTitle: '생활 속 인공지능',
    issuedAt: new Date('2026-12-08T01:00:00Z'),
    recordId: '7e9d2c41-5a3b-4c8d-9e1f-0a2b3c4d5e6f',
  };
  const url = `https://a.kr/verify/${issued.number}?code=ABC`;

  it('is a CERTIFICATE_ISSUED notice the contract takes, with the title, number and link', () => {
    const notice = certificateNotice(issued, url);
    const parsed = parseNotice({ ...notice, occurredAt: notice.occurredAt.toISOString() });
    expect(parsed).toEqual({
      notice: expect.objectContaining({
        kind: 'CERTIFICATE_ISSUED',
        title: '생활 속 인공지능',
        number: issued.number,
        verificationUrl: url,
        cityId: 'suwon',
      }),
    });
  });

  it('has one id per completion certified: the same certificate again is the same notice', () => {
    const id = certificateNotice(issued, url).id;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(certificateNotice({ ...issued, issuedAt: new Date() }, url).id).toBe(id);
    expect(certificateNoticeId('1e9d2c41-5a3b-4c8d-9e1f-0a2b3c4d5e6f')).not.toBe(id);
  });
});
