import { describe, expect, it } from 'vitest';
import { verificationAddress } from './verificationAddress';

describe('verificationAddress', () => {
  it('is /verify/<number>?code=<code> on this site', () => {
    expect(verificationAddress('GG-2026-41390-000123', 'k3y', 'https://siheung.example.kr/')).toBe(
      'https://siheung.example.kr/verify/GG-2026-41390-000123?code=k3y',
    );
  });

  it('keeps the base path and works without a code', () => {
    expect(verificationAddress('GG-2026-41390-000123', null, 'https://example.kr/siheung')).toBe(
      'https://example.kr/siheung/verify/GG-2026-41390-000123',
    );
  });

  it('escapes what is not part of a path', () => {
    expect(verificationAddress('a/b', 'x y', 'http://localhost:5173/')).toBe(
      'http://localhost:5173/verify/a%2Fb?code=x+y',
    );
  });
});
