import { describe, expect, it } from 'vitest';
import {
  choiceFromSearch,
  customPeriod,
  koreaDate,
  periodDates,
  periodOf,
  presetPeriod,
  searchFromChoice,
} from './period';

const at = (iso: string) => new Date(iso);

describe('presets, in Korea time', () => {
  it('this year runs from 1 January to the end of today', () => {
    expect(presetPeriod('thisYear', at('2026-12-02T01:44:00Z'))).toEqual({
      from: '2026-01-01T00:00:00+09:00',
      to: '2026-12-03T00:00:00+09:00',
    });
  });

  it('counts the Korea day, not the UTC one', () => {
    // 31 Dec 2026 16:00 UTC is already 1 Jan 2027 in Korea.
    expect(presetPeriod('thisYear', at('2026-12-31T16:00:00Z'))).toEqual({
      from: '2027-01-01T00:00:00+09:00',
      to: '2027-01-02T00:00:00+09:00',
    });
    expect(presetPeriod('thisYear', at('2026-12-31T14:59:59Z')).to).toBe('2027-01-01T00:00:00+09:00');
  });

  it('last semester is the half-year before the current one', () => {
    expect(presetPeriod('lastSemester', at('2026-12-02T01:00:00Z'))).toEqual({
      from: '2026-01-01T00:00:00+09:00',
      to: '2026-07-01T00:00:00+09:00',
    });
    expect(presetPeriod('lastSemester', at('2026-03-15T01:00:00Z'))).toEqual({
      from: '2025-07-01T00:00:00+09:00',
      to: '2026-01-01T00:00:00+09:00',
    });
    // 30 June 15:00 UTC is 1 July in Korea: the second half has begun.
    expect(presetPeriod('lastSemester', at('2026-06-30T15:00:00Z')).from).toBe('2026-01-01T00:00:00+09:00');
    expect(presetPeriod('lastSemester', at('2026-06-30T14:59:00Z')).from).toBe('2025-07-01T00:00:00+09:00');
  });

  it('the last 12 months are the whole months before the current one', () => {
    expect(presetPeriod('last12Months', at('2026-12-02T01:00:00Z'))).toEqual({
      from: '2025-12-01T00:00:00+09:00',
      to: '2026-12-01T00:00:00+09:00',
    });
    expect(presetPeriod('last12Months', at('2026-01-20T01:00:00Z'))).toEqual({
      from: '2025-01-01T00:00:00+09:00',
      to: '2026-01-01T00:00:00+09:00',
    });
  });

  it('stays the same all day long', () => {
    const morning = presetPeriod('thisYear', at('2026-05-04T15:00:00Z')); // 00:00 on 5 May in Korea
    const night = presetPeriod('thisYear', at('2026-05-05T14:59:59Z')); // 23:59:59 on 5 May
    expect(night).toEqual(morning);
  });

  it('are instants the API reads in Korea time', () => {
    const { from, to } = presetPeriod('lastSemester', at('2026-12-02T01:00:00Z'));
    expect(new Date(from).toISOString()).toBe('2025-12-31T15:00:00.000Z');
    expect(new Date(to).toISOString()).toBe('2026-06-30T15:00:00.000Z');
  });
});

describe('custom dates', () => {
  it('includes both dates', () => {
    expect(customPeriod('2026-03-01', '2026-03-31')).toEqual({
      period: { from: '2026-03-01T00:00:00+09:00', to: '2026-04-01T00:00:00+09:00' },
    });
    expect(customPeriod('2026-12-31', '2026-12-31')).toEqual({
      period: { from: '2026-12-31T00:00:00+09:00', to: '2027-01-01T00:00:00+09:00' },
    });
    expect(customPeriod('2028-02-28', '2028-02-29')).toEqual({
      period: { from: '2028-02-28T00:00:00+09:00', to: '2028-03-01T00:00:00+09:00' },
    });
  });

  it('says which date is wrong', () => {
    expect(customPeriod('', '2026-03-31')).toEqual({ problems: { from: 'fromMissing' } });
    expect(customPeriod('2026-02-30', '')).toEqual({ problems: { from: 'fromMissing', to: 'toMissing' } });
    expect(customPeriod('2026-04-01', '2026-03-31')).toEqual({ problems: { to: 'toBeforeFrom' } });
  });

  it('reads back as the dates given', () => {
    const custom = customPeriod('2026-03-01', '2026-03-31');
    if (!('period' in custom)) throw new Error('no period');
    expect(periodDates(custom.period)).toEqual({ first: '2026-03-01', last: '2026-03-31' });
    expect(periodDates(presetPeriod('lastSemester', at('2026-12-02T01:00:00Z')))).toEqual({
      first: '2026-01-01',
      last: '2026-06-30',
    });
  });

  it('formats instants as Korea dates', () => {
    expect(koreaDate('2026-06-30T15:00:00Z')).toBe('2026-07-01');
    expect(koreaDate(at('2026-06-30T14:59:59Z'))).toBe('2026-06-30');
  });
});

describe('the period in the address', () => {
  const now = at('2026-12-02T01:00:00Z');
  it('round-trips a preset and custom dates', () => {
    for (const choice of [
      { preset: 'thisYear' as const },
      { preset: 'lastSemester' as const },
      { preset: 'last12Months' as const },
      { preset: 'custom' as const, fromDate: '2026-02-01', toDate: '2026-02-28' },
    ]) {
      expect(choiceFromSearch(new URLSearchParams(searchFromChoice(choice)))).toEqual(choice);
    }
  });

  it('falls back to this year for anything else', () => {
    for (const search of ['period=nonsense', 'from=2026-05-01&to=2026-04-01', 'from=x&to=y', '']) {
      expect(periodOf(choiceFromSearch(new URLSearchParams(search)), now)).toEqual(
        presetPeriod('thisYear', now),
      );
    }
  });
});
