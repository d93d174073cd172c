import { describe, expect, it } from 'vitest';
import { attendanceRate, judge } from '../src/rules/completion.ts';
import { dongName, sessionTimes } from '../src/rules/courseFilter.ts';
import { checkCourse } from '../src/rules/courseInput.ts';
import { isEligible } from '../src/rules/eligibility.ts';
import { totalHours } from '../src/rules/hours.ts';
import { draw, shuffle } from '../src/rules/lottery.ts';

const applicants = Array.from({ length: 8 }, (_, i) => ({
  id: `a${i}`,
  residenceCityId: i < 3 ? 'suwon' : 'ansan',
}));

describe('lottery', () => {
  it('is reproducible from its seed and differs between seeds', () => {
    expect(draw(applicants, 'seed-1', 'suwon', false)).toEqual(
      draw([...applicants].reverse(), 'seed-1', 'suwon', false),
    );
    expect(draw(applicants, 'seed-1', 'suwon', false)).not.toEqual(
      draw(applicants, 'seed-2', 'suwon', false),
    );
  });

  it("draws the course city's residents first when the course is open province-wide", () => {
    const order = draw(applicants, 'any-seed', 'suwon', true);
    expect(order.slice(0, 3).every((a) => a.residenceCityId === 'suwon')).toBe(true);
    expect(order).toHaveLength(8);
  });

  it('is uniform: every applicant comes first about equally often', () => {
    const firsts = new Map<string, number>();
    const runs = 8_000;
    for (let i = 0; i < runs; i++) {
      const first = shuffle(applicants, `seed-${i}`)[0]!.id;
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    const expected = runs / applicants.length;
    const chiSquare = [...firsts.values()].reduce((sum, n) => sum + (n - expected) ** 2 / expected, 0);
    expect(firsts.size).toBe(8);
    expect(chiSquare).toBeLessThan(24.3); // 7 degrees of freedom, p = 0.001
  });
});

describe('eligibility', () => {
  it('follows residence at application time', () => {
    expect(isEligible('CITY_RESIDENTS', 'suwon', 'suwon')).toBe(true);
    expect(isEligible('CITY_RESIDENTS', 'suwon', 'ansan')).toBe(false);
    expect(isEligible('PROVINCE_RESIDENTS', 'suwon', 'ansan')).toBe(true);
    expect(isEligible('PROVINCE_RESIDENTS', 'suwon', null)).toBe(false);
    expect(isEligible('ANYONE', 'suwon', null)).toBe(true);
  });
});

describe('completion', () => {
  it('completes at the minimum attendance rate, not below', () => {
    expect(attendanceRate(0, 0)).toBeNull();
    expect(judge(8, 10, 0.8)).toBe('COMPLETED');
    expect(judge(7, 10, 0.8)).toBe('NOT_COMPLETED');
    expect(judge(0, 0, 0.8)).toBe('NOT_COMPLETED');
  });
});

describe('course input', () => {
  const base = {
    titleKo: '강좌',
    descriptionKo: '설명',
    format: 'ONLINE',
    capacity: 20,
    applicationOpensAt: new Date('2026-03-01T00:00:00Z'),
    applicationClosesAt: new Date('2026-03-10T00:00:00Z'),
    sessions: [{ startsAt: new Date('2026-03-15T01:00:00Z'), endsAt: new Date('2026-03-15T03:00:00Z') }],
  };
  const fieldOf = (change: object) => {
    try {
      checkCourse({ ...base, ...change });
    } catch (error) {
      return (error as { extensions: { field: string } }).extensions.field;
    }
    return null;
  };

  it('names the field at fault', () => {
    expect(fieldOf({})).toBeNull();
    expect(fieldOf({ capacity: 0 })).toBe('input.capacity');
    expect(fieldOf({ capacity: 100_000 })).toBe('input.capacity');
    expect(fieldOf({ sessions: [] })).toBe('input.sessions');
    expect(
      fieldOf({
        sessions: [{ startsAt: new Date('2026-03-15T03:00:00Z'), endsAt: new Date('2026-03-15T01:00:00Z') }],
      }),
    ).toBe('input.sessions[0].endsAt');
    expect(fieldOf({ applicationClosesAt: new Date('2026-02-01T00:00:00Z') })).toBe(
      'input.applicationClosesAt',
    );
    expect(fieldOf({ applicationClosesAt: new Date('2026-03-20T00:00:00Z') })).toBe(
      'input.applicationClosesAt',
    );
    expect(fieldOf({ format: 'OFFLINE' })).toBe('input.venueId');
    expect(fieldOf({ minAttendanceRate: 1.5 })).toBe('input.minAttendanceRate');
    expect(fieldOf({ titleKo: '  ' })).toBe('input.titleKo');
    expect(fieldOf({ contentIds: ['nope'] })).toBe('input.contentIds');
  });
});

describe('course filters', () => {
  it('ask nothing of sessions without weekdays or a time of day, and dedupe the weekdays', () => {
    expect(sessionTimes(null, null)).toBeNull();
    expect(sessionTimes([], undefined)).toBeNull();
    expect(sessionTimes(['SUN', 'TUE', 'SUN', 'MON'], null)).toEqual({ isoWeekdays: [1, 2, 7], hours: null });
    expect(sessionTimes([], 'AFTERNOON')).toEqual({ isoWeekdays: [], hours: { from: 12, until: 18 } });
  });

  it('take the dong trimmed, and refuse a blank or over-long one on filter.dong', () => {
    expect(dongName(undefined)).toBeNull();
    expect(dongName(' 정왕동 ')).toBe('정왕동');
    expect(dongName('가'.repeat(50))).toHaveLength(50);
    for (const dong of ['', ' \t ', '가'.repeat(51)]) {
      expect(() => dongName(dong)).toThrowError(
        expect.objectContaining({ extensions: expect.objectContaining({ field: 'filter.dong' }) }),
      );
    }
  });
});

describe('totalHours', () => {
  const at = (iso: string) => new Date(`2026-03-02T${iso}+09:00`);
  it('adds the sessions up to a hundredth of an hour, and never credits 0 for sessions held', () => {
    expect(
      totalHours([
        { startsAt: at('10:00:00'), endsAt: at('12:00:00') },
        { startsAt: at('14:00:00'), endsAt: at('14:20:00') },
      ]),
    ).toBe(2.33);
    expect(totalHours([{ startsAt: at('10:00:00'), endsAt: at('10:00:10') }])).toBe(0.01);
    expect(totalHours([])).toBe(0);
  });
});
