import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  fromKoreaInput,
  koreaDateOf,
  koreaInstant,
  koreaTimeOf,
  koreaToday,
  mondayOf,
  monthWeeks,
  toKoreaInput,
  weekdayOf,
} from './koreaTime';

describe('Korea time, whatever the browser clock', () => {
  it('reads an instant as its Korea date and time', () => {
    // 15:30 UTC on the 3rd is 00:30 on the 4th in Seoul.
    expect(koreaDateOf('2025-03-03T15:30:00Z')).toBe('2025-03-04');
    expect(koreaTimeOf('2025-03-03T15:30:00Z')).toBe('00:30');
    expect(toKoreaInput('2025-03-03T15:30:00Z')).toBe('2025-03-04T00:30');
  });

  it('turns a datetime-local value into the instant in Korea', () => {
    expect(fromKoreaInput('2025-03-04T00:30')).toBe('2025-03-03T15:30:00.000Z');
    expect(fromKoreaInput('2025-03-04T19:00:00')).toBe('2025-03-04T10:00:00.000Z');
    expect(koreaInstant('2026-01-01', '09:00')?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('round-trips', () => {
    const iso = '2026-09-15T10:00:00.000Z';
    expect(fromKoreaInput(toKoreaInput(iso))).toBe(iso);
  });

  it('refuses what is no date or time', () => {
    expect(fromKoreaInput('')).toBeNull();
    expect(fromKoreaInput('2025-02-30T10:00')).toBeNull();
    expect(fromKoreaInput('2025-03-04T24:00')).toBeNull();
    expect(fromKoreaInput('tomorrow')).toBeNull();
    expect(toKoreaInput('not a date')).toBe('');
    expect(toKoreaInput(null)).toBe('');
  });

  it('counts calendar days and weekdays in Korea', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2025-01-01', '2025-03-01')).toBe(59);
    expect(weekdayOf('2025-03-03')).toBe(0); // a Monday
    expect(weekdayOf('2025-03-09')).toBe(6); // a Sunday
    expect(mondayOf('2025-03-09')).toBe('2025-03-03');
    // 16:00 UTC on a Sunday is already Monday in Seoul.
    expect(koreaToday(new Date('2025-03-09T16:00:00Z'))).toBe('2025-03-10');
  });

  it('lays a month out in weeks from Monday', () => {
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    const weeks = monthWeeks('2025-03'); // 1 March 2025 is a Saturday
    expect(weeks[0]).toEqual([null, null, null, null, null, '2025-03-01', '2025-03-02']);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks.at(-1)).toEqual(['2025-03-31', null, null, null, null, null, null]);
  });
});
