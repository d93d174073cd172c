import { describe, expect, it } from 'vitest';
import {
  addSessionOn,
  repeatWeekly,
  type SessionDraft,
  sessionsFromCourse,
  sessionsToInput,
  shiftForDuplicate,
} from './sessionPlan';

const s = (date: string, start = '19:00', end = '21:00'): SessionDraft => ({ date, start, end });

describe('planning sessions', () => {
  it('adds a session on a clicked day, in time order, never twice', () => {
    let plan = addSessionOn([], '2026-03-10', '19:00', '21:00');
    plan = addSessionOn(plan, '2026-03-03', '19:00', '21:00');
    plan = addSessionOn(plan, '2026-03-10', '19:00', '21:00');
    expect(plan).toEqual([s('2026-03-03'), s('2026-03-10')]);
    expect(addSessionOn(plan, '2026-03-10', '10:00', '12:00').map((x) => x.start)).toEqual([
      '19:00',
      '10:00',
      '19:00',
    ]);
  });

  it('repeats the first week weekly, N weeks in all', () => {
    // Tuesday and Thursday evenings, four weeks.
    const plan = repeatWeekly([s('2026-03-05'), s('2026-03-03')], 4);
    expect(plan.map((x) => x.date)).toEqual([
      '2026-03-03',
      '2026-03-05',
      '2026-03-10',
      '2026-03-12',
      '2026-03-17',
      '2026-03-19',
      '2026-03-24',
      '2026-03-26',
    ]);
    expect(plan.every((x) => x.start === '19:00' && x.end === '21:00')).toBe(true);
  });

  it('keeps later sessions and does not double them when repeating', () => {
    const plan = repeatWeekly([s('2026-03-03'), s('2026-03-10'), s('2026-04-30', '10:00', '12:00')], 3);
    expect(plan.map((x) => x.date)).toEqual(['2026-03-03', '2026-03-10', '2026-03-17', '2026-04-30']);
    expect(repeatWeekly([], 5)).toEqual([]);
    expect(repeatWeekly([s('2026-03-03')], 1)).toEqual([s('2026-03-03')]);
  });

  it('sends Korea times as instants and names a session it cannot send', () => {
    expect(sessionsToInput([s('2026-03-03')])).toEqual({
      sessions: [{ startsAt: '2026-03-03T10:00:00.000Z', endsAt: '2026-03-03T12:00:00.000Z' }],
    });
    expect(sessionsToInput([s('2026-03-03'), s('2026-03-04', '', '21:00')])).toEqual({ invalid: 1 });
  });

  it('reads the API sessions in Korea time', () => {
    expect(
      sessionsFromCourse([
        { startsAt: '2026-03-10T10:00:00Z', endsAt: '2026-03-10T12:00:00Z' },
        { startsAt: '2026-03-03T01:00:00Z', endsAt: '2026-03-03T03:00:00Z' },
      ]),
    ).toEqual([s('2026-03-03', '10:00', '12:00'), s('2026-03-10')]);
  });
});

describe('duplicating a course for a new term', () => {
  // Last term: Tuesdays 3, 10, 17 March 2026; applications 16 Feb – 27 Feb.
  const last = [s('2026-03-03'), s('2026-03-10'), s('2026-03-17')];
  const window = { opensAt: '2026-02-16T00:00:00.000Z', closesAt: '2026-02-27T09:00:00.000Z' };

  it('moves the sessions to the same weekdays from the next week after today', () => {
    // Today: Wednesday 20 May 2026 in Seoul; next week starts Monday 25 May.
    const now = new Date('2026-05-20T03:00:00Z');
    const next = shiftForDuplicate(last, window, now);
    expect(next.sessions.map((x) => x.date)).toEqual(['2026-05-26', '2026-06-02', '2026-06-09']);
    expect(next.sessions.every((x) => x.start === '19:00' && x.end === '21:00')).toBe(true);
    expect(next.weeks).toBe(12);
  });

  it('puts the window before the first session, opening no earlier than now', () => {
    const now = new Date('2026-05-20T03:00:30Z');
    const next = shiftForDuplicate(last, window, now);
    // Moved 12 weeks the window would open 11 May (past): it opens now, to the minute.
    expect(next.opensAt).toBe('2026-05-20T03:01:00.000Z');
    expect(next.closesAt).toBe('2026-05-22T09:00:00.000Z');
    expect(Date.parse(next.closesAt)).toBeLessThanOrEqual(Date.parse('2026-05-26T10:00:00Z'));
  });

  it('keeps a window that is still ahead, moved with the sessions', () => {
    const now = new Date('2026-01-07T03:00:00Z'); // a Wednesday; next week starts 12 January
    const early = [s('2026-01-13'), s('2026-01-20')];
    const next = shiftForDuplicate(
      early,
      { opensAt: '2026-01-09T00:00:00.000Z', closesAt: '2026-01-12T00:00:00.000Z' },
      now,
    );
    expect(next.weeks).toBe(0);
    expect(next.sessions).toEqual(early);
    expect(next.opensAt).toBe('2026-01-09T00:00:00.000Z');
  });

  it('brings a course that has not run yet to next week too', () => {
    const now = new Date('2026-01-07T03:00:00Z'); // next week starts 12 January
    const next = shiftForDuplicate(
      [s('2026-03-05'), s('2026-03-12')],
      { opensAt: '2026-02-20T00:00:00.000Z', closesAt: '2026-03-01T00:00:00.000Z' },
      now,
    );
    expect(next.weeks).toBe(-7);
    expect(next.sessions.map((x) => x.date)).toEqual(['2026-01-15', '2026-01-22']);
    expect(next.opensAt).toBe('2026-01-07T03:00:00.000Z');
    expect(next.closesAt).toBe('2026-01-11T00:00:00.000Z');
  });

  it('closes when the first session starts if the moved window would close before it opens', () => {
    const now = new Date('2026-05-23T03:00:00Z'); // Saturday; next week's Tuesday is 26 May
    const next = shiftForDuplicate(
      [s('2026-03-03')],
      { opensAt: '2026-02-16T00:00:00.000Z', closesAt: '2026-02-17T00:00:00.000Z' },
      now,
    );
    expect(next.sessions[0]?.date).toBe('2026-05-26');
    expect(next.closesAt).toBe('2026-05-26T10:00:00.000Z');
    expect(Date.parse(next.closesAt)).toBeGreaterThan(Date.parse(next.opensAt));
  });
});
