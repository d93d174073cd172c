import { describe, expect, it } from 'vitest';
import { DateTimeScalar, toKoreaTime } from '../src/scalars.ts';
import { containsPattern } from '../src/search.ts';

describe('containsPattern', () => {
  it('matches substrings and escapes LIKE wildcards', () => {
    expect(containsPattern('파이썬')).toBe('%파이썬%');
    expect(containsPattern('  python ')).toBe('%python%');
    expect(containsPattern('100%_done')).toBe('%100\\%\\_done%');
    expect(containsPattern('')).toBeNull();
    expect(containsPattern(null)).toBeNull();
  });

  it('refuses search text over 100 characters', () => {
    expect(() => containsPattern('가'.repeat(101))).toThrowError(/too long/);
  });
});

describe('DateTime', () => {
  it('serves Korea time with its offset', () => {
    expect(toKoreaTime(new Date('2026-03-02T01:00:00Z'))).toBe('2026-03-02T10:00:00+09:00');
    expect(DateTimeScalar.serialize(new Date('2026-12-31T15:30:00Z'))).toBe('2027-01-01T00:30:00+09:00');
  });

  it('reads any offset and refuses dates without one', () => {
    expect(DateTimeScalar.parseValue('2026-03-02T10:00:00+09:00')).toEqual(new Date('2026-03-02T01:00:00Z'));
    expect(DateTimeScalar.parseValue('2026-03-02T01:00:00Z')).toEqual(new Date('2026-03-02T01:00:00Z'));
    for (const bad of ['2026-03-02', '2026-03-02T10:00:00', 'tomorrow', 42, '2026-02-30T10:00:00+09:00x']) {
      expect(() => DateTimeScalar.parseValue(bad)).toThrowError(/RFC 3339/);
    }
  });
});
