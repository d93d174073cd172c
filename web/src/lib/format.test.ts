import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber } from './format';

describe('dates are shown in Seoul time', () => {
  // 2025-03-03T15:30Z is 2025-03-04 00:30 in Seoul (UTC+9): the Seoul date is the 4th.
  const lateUtc = '2025-03-03T15:30:00.000Z';

  it('formats a date in Korean', () => {
    expect(formatDate(lateUtc, 'ko')).toContain('2025년 3월 4일');
  });

  it('formats a date in English', () => {
    expect(formatDate(lateUtc, 'en')).toContain('March 4, 2025');
  });

  it('formats a date and time', () => {
    expect(formatDateTime('2025-03-04T09:00:00Z', 'en')).toMatch(/March 4, 2025.*6:00\sPM/);
    // '오후 6:00' in browsers; some ICU builds on servers say 'PM 6:00'.
    expect(formatDateTime('2025-03-04T09:00:00Z', 'ko')).toMatch(/2025년 3월 4일.*6:00/);
  });

  it('returns what it cannot parse unchanged', () => {
    expect(formatDate('not a date', 'ko')).toBe('not a date');
  });
});

describe('formatNumber', () => {
  it('keeps at most one decimal', () => {
    expect(formatNumber(1.25, 'en')).toBe('1.3');
    expect(formatNumber(1200, 'ko')).toBe('1,200');
  });
});
