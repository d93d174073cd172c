import { describe, expect, it } from 'vitest';
import { completionReason, nextChange, type TermCourse, termActions } from './termRules';

const closes = Date.parse('2026-03-01T00:00:00Z');
const ends = Date.parse('2026-04-01T00:00:00Z');
const course = (overrides: Partial<TermCourse> = {}): TermCourse => ({
  status: 'OPEN',
  selection: 'FIRST_COME',
  applicationClosesAt: new Date(closes).toISOString(),
  endsAt: new Date(ends).toISOString(),
  lotterySeed: null,
  ...overrides,
});

describe('termActions', () => {
  it('offers publishing and cancelling a draft', () => {
    expect(termActions(course({ status: 'DRAFT' }), closes - 1)).toEqual(['publish', 'cancel']);
  });

  it('offers the draw only for a lottery after applications close, and only once', () => {
    const lottery = course({ selection: 'LOTTERY' });
    expect(termActions(lottery, closes - 1)).toEqual(['cancel']);
    expect(termActions(lottery, closes)).toEqual(['draw', 'cancel']);
    expect(termActions({ ...lottery, status: 'CLOSED', lotterySeed: 'ab12' }, closes)).toEqual(['cancel']);
    expect(termActions(course({ selection: 'APPROVAL' }), closes)).toEqual(['cancel']);
  });

  it('offers finishing a course under way, or once its last session is over', () => {
    expect(termActions(course({ status: 'IN_PROGRESS' }), closes)).toEqual(['finish', 'cancel']);
    expect(termActions(course({ status: 'CLOSED' }), ends - 1)).toEqual(['cancel']);
    expect(termActions(course({ status: 'CLOSED' }), ends)).toEqual(['finish', 'cancel']);
  });

  it('offers nothing for a finished or cancelled course', () => {
    expect(termActions(course({ status: 'FINISHED' }), ends)).toEqual([]);
    expect(termActions(course({ status: 'CANCELLED' }), ends)).toEqual([]);
  });
});

describe('nextChange', () => {
  it('is the next of applications closing and the last session ending', () => {
    expect(nextChange(course(), closes - 5)).toBe(closes);
    expect(nextChange(course(), closes)).toBe(ends);
    expect(nextChange(course(), ends)).toBeNull();
  });
});

describe('completionReason', () => {
  it('compares the attendance rate with the course minimum', () => {
    const rule = { minAttendanceRate: 0.8, completesByContents: false };
    expect(completionReason({ status: 'NOT_COMPLETED', attendanceRate: 0.6 }, rule)).toEqual({
      kind: 'attendance',
      rate: 0.6,
      minimum: 0.8,
      met: false,
    });
    expect(completionReason({ status: 'COMPLETED', attendanceRate: 1 }, rule)).toMatchObject({ met: true });
    // No session held: nothing attended.
    expect(completionReason({ status: 'NOT_COMPLETED', attendanceRate: null }, rule)).toMatchObject({
      rate: 0,
    });
  });

  it('says an online course completes by its contents', () => {
    expect(
      completionReason(
        { status: 'COMPLETED', attendanceRate: null },
        { minAttendanceRate: 0.8, completesByContents: true },
      ),
    ).toEqual({ kind: 'contents' });
  });
});
