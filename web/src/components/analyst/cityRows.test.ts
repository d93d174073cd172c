import { describe, expect, it } from 'vitest';
import { type CityRow, nextSort, participationBars, participationExtremes, sortRows } from './cityRows';
import { formatDay, formatGap, formatMonth, formatParticipation, formatRate } from './statsFormat';

const row = (
  id: string,
  name: string,
  participationRate: number | null,
  learningHours: number | null = null,
): CityRow => ({
  id,
  name,
  activeLearners: participationRate === null ? null : 10,
  participationRate,
  enrollments: null,
  completions: null,
  completionRate: null,
  learningHours,
});

const rows = [
  row('suwon', '수원시', 0.02, 5),
  row('seongnam', '성남시', null),
  row('siheung', '시흥시', 0.05, 12),
  row('gapyeong', '가평군', 0.01, 0),
  row('yangpyeong', '양평군', null),
];
const ids = (list: CityRow[]) => list.map((r) => r.id);

describe('sorting the table', () => {
  it('keeps the API order without a sort', () => {
    expect(ids(sortRows(rows, null, 'ko'))).toEqual(ids(rows));
  });

  it('sorts numbers either way with suppressed cells last', () => {
    expect(ids(sortRows(rows, { column: 'participationRate', direction: 'descending' }, 'ko'))).toEqual([
      'siheung',
      'suwon',
      'gapyeong',
      'seongnam',
      'yangpyeong',
    ]);
    expect(ids(sortRows(rows, { column: 'learningHours', direction: 'ascending' }, 'ko'))).toEqual([
      'gapyeong',
      'suwon',
      'siheung',
      'seongnam',
      'yangpyeong',
    ]);
  });

  it('sorts names in the language’s order', () => {
    expect(ids(sortRows(rows, { column: 'name', direction: 'ascending' }, 'ko'))).toEqual([
      'gapyeong',
      'seongnam',
      'suwon',
      'siheung',
      'yangpyeong',
    ]);
    const english = rows.map((r) => ({ ...r, name: r.id }));
    expect(ids(sortRows(english, { column: 'name', direction: 'descending' }, 'en'))[0]).toBe('yangpyeong');
  });

  it('cycles a column: first way, other way, API order', () => {
    let sort = nextSort(null, 'enrollments');
    expect(sort).toEqual({ column: 'enrollments', direction: 'descending' });
    sort = nextSort(sort, 'enrollments');
    expect(sort).toEqual({ column: 'enrollments', direction: 'ascending' });
    expect(nextSort(sort, 'enrollments')).toBeNull();
    expect(nextSort(sort, 'name')).toEqual({ column: 'name', direction: 'ascending' });
  });
});

describe('the chart and the gap', () => {
  it('charts shown rates highest first and names the suppressed', () => {
    const { shown, suppressed } = participationBars(rows);
    expect(ids(shown)).toEqual(['siheung', 'suwon', 'gapyeong']);
    expect(ids(suppressed)).toEqual(['seongnam', 'yangpyeong']);
  });

  it('finds the highest and lowest rate above 0', () => {
    const extremes = participationExtremes([...rows, row('yeoncheon', '연천군', 0)]);
    expect(extremes?.highest.id).toBe('siheung');
    expect(extremes?.lowest.id).toBe('gapyeong');
    expect(participationExtremes([rows[0]!, rows[1]!])).toBeNull();
  });
});

describe('formatting', () => {
  it('keeps small participation rates readable', () => {
    expect(formatParticipation(0.234, 'en')).toBe('23.4%');
    expect(formatParticipation(0.0000153, 'en')).toBe('0.0015%');
    expect(formatParticipation(0, 'ko')).toBe('0%');
    expect(formatRate(5 / 6, 'en')).toBe('83.3%');
  });

  it('writes the gap with one decimal', () => {
    expect(formatGap(3, 'ko')).toBe('3.0');
    expect(formatGap(12.44, 'en')).toBe('12.4');
  });
});

describe('dates', () => {
  it('writes days and months in the language, in Korea time', () => {
    expect(formatDay('2026-01-01', 'ko')).toBe('2026년 1월 1일');
    expect(formatDay('2026-01-01', 'en')).toBe('January 1, 2026');
    expect(formatMonth('2026-03', 'ko')).toBe('2026년 3월');
    expect(formatMonth('2026-03', 'en')).toBe('Mar 2026');
    expect(formatMonth('nonsense', 'en')).toBe('nonsense');
  });
});
