import { describe, expect, it } from 'vitest';
import { attendanceEntries, callsFor, countMarks, sortRoster } from './attendanceSheet';

const roster = [
  { learnerId: 'c', displayName: '홍길동' },
  { learnerId: 'a', displayName: '김영희' },
  { learnerId: 'b', displayName: '김영희' },
  { learnerId: 'd', displayName: '박철수' },
];

describe('the attendance sheet', () => {
  it('lists learners by name, the same name by id', () => {
    expect(sortRoster(roster, 'ko').map((l) => l.learnerId)).toEqual(['a', 'b', 'd', 'c']);
  });

  it('counts the present among the whole roster and the marked', () => {
    const marks = new Map([
      ['a', true],
      ['b', false],
      ['c', true],
    ]);
    expect(countMarks(roster, marks)).toEqual({ present: 2, marked: 3, total: 4 });
    expect(countMarks(roster, new Map([['someone-else', true]]))).toEqual({
      present: 0,
      marked: 0,
      total: 4,
    });
  });

  it('sends every marked learner and leaves the unmarked out', () => {
    const marks = new Map([
      ['d', false],
      ['a', true],
    ]);
    expect(attendanceEntries(roster, marks)).toEqual([
      { learnerId: 'a', present: true },
      { learnerId: 'd', present: false },
    ]);
  });

  it('takes one call up to the limit and splits beyond it', () => {
    expect(callsFor(Array.from({ length: 300 }, (_, i) => i))).toHaveLength(1);
    expect(callsFor(Array.from({ length: 1000 }, (_, i) => i))).toHaveLength(1);
    const split = callsFor(Array.from({ length: 2001 }, (_, i) => i));
    expect(split.map((c) => c.length)).toEqual([1000, 1000, 1]);
    expect(callsFor([])).toEqual([]);
  });
});
