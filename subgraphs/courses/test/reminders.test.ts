// The day-before reminder's rule and ids, and the rule of changing a published course's time or
// place (pure: no database).
import { describe, expect, it } from 'vitest';
import { isReminderDue, reminderNoticeId, tomorrowInKorea } from '../src/rules/reminders.ts';
import { koreanTime, planReschedule, venueChange } from '../src/rules/reschedule.ts';

const at = (iso: string) => new Date(iso);

describe('the day-before reminder', () => {
  it("is due for a first session on tomorrow's Korean date, whatever the UTC date", () => {
    // 23:30 UTC on the 9th is 08:30 on the 10th in Korea: tomorrow there is the 11th.
    const now = at('2026-12-09T23:30:00Z');
    expect(tomorrowInKorea(now)).toEqual({
      from: at('2026-12-10T15:00:00Z'),
      until: at('2026-12-11T15:00:00Z'),
    });
    expect(isReminderDue(at('2026-12-10T15:00:00Z'), now)).toBe(true); // 00:00 on the 11th
    expect(isReminderDue(at('2026-12-11T14:59:59Z'), now)).toBe(true); // 23:59 on the 11th
    expect(isReminderDue(at('2026-12-10T14:59:59Z'), now)).toBe(false); // still today there
    expect(isReminderDue(at('2026-12-11T15:00:00Z'), now)).toBe(false); // the day after tomorrow
  });

  it('moves to the next day at midnight Korea time, not UTC', () => {
    const lateEvening = at('2026-12-10T14:59:00Z'); // 23:59 on the 10th in Korea
    const justAfter = at('2026-12-10T15:01:00Z'); // 00:01 on the 11th
    const session = at('2026-12-11T10:00:00Z'); // 19:00 on the 11th
    expect(isReminderDue(session, lateEvening)).toBe(true);
    expect(isReminderDue(session, justAfter)).toBe(false);
  });

  it('has one id per course, learner and first-session start, and a new one when it moves', () => {
    const course = '0b1e9a6c-2f59-4d2e-9d1a-3b8f4c6e7a10';
    const learner = '7d3f0c2a-51b4-4e8f-a0c9-6e2d1b9f8a44';
    const start = at('2026-12-11T10:00:00Z');
    const id = reminderNoticeId(course, learner, start);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(reminderNoticeId(course, learner, new Date(start))).toBe(id);
    expect(reminderNoticeId(course, learner, at('2026-12-11T11:00:00Z'))).not.toBe(id);
    expect(reminderNoticeId(course, '8d3f0c2a-51b4-4e8f-a0c9-6e2d1b9f8a44', start)).not.toBe(id);
  });
});

describe('changing a published course', () => {
  const now = at('2026-12-01T00:00:00Z');
  const course = {
    status: 'OPEN',
    format: 'OFFLINE',
    applicationClosesAt: at('2026-12-05T00:00:00Z'),
    venueId: 'v-old',
  };
  const sessions = [
    { startsAt: at('2026-12-10T10:00:00Z'), endsAt: at('2026-12-10T12:00:00Z') },
    { startsAt: at('2026-12-17T10:00:00Z'), endsAt: at('2026-12-17T12:00:00Z') },
  ];
  const place = { id: 'v-new', name: '매탄동 평생학습실', address: '수원시 영통구 매탄로 1' };
  const code = (work: () => unknown) => {
    try {
      work();
    } catch (error) {
      const { extensions } = error as { extensions: { code: string; field?: string } };
      return { code: extensions.code, field: extensions.field };
    }
    return null;
  };

  it('moves the first session and says so in plain dates', () => {
    const plan = planReschedule(
      course,
      sessions,
      {
        sessions: [
          { startsAt: at('2026-12-11T10:00:00Z'), endsAt: at('2026-12-11T12:00:00Z') },
          sessions[1]!,
        ],
        venueIdGiven: false,
      },
      now,
    );
    expect(plan.startsAt).toEqual(at('2026-12-11T10:00:00Z'));
    expect(plan.endsAt).toEqual(at('2026-12-17T12:00:00Z'));
    expect(plan.change).toBe('첫 수업: 2026-12-11 19:00 (KST) (모두 2회)');
    expect(plan.venueId).toBe('v-old');
  });

  it('moves the place and names it; the same place and times tell nothing', () => {
    const moved = planReschedule(course, sessions, { venue: place, venueIdGiven: true }, now);
    expect(moved.venueId).toBe('v-new');
    expect(moved.change).toBe('장소: 매탄동 평생학습실 (수원시 영통구 매탄로 1)');
    expect(moved.upcoming).toBeNull();
    const same = planReschedule(course, sessions, { sessions, venueIdGiven: false }, now);
    expect(same.change).toBeNull();
  });

  it('keeps the sessions already held and replaces only those to come', () => {
    const started = { ...course, status: 'IN_PROGRESS' };
    const later = at('2026-12-12T00:00:00Z');
    const plan = planReschedule(
      started,
      sessions,
      {
        sessions: [{ startsAt: at('2026-12-18T10:00:00Z'), endsAt: at('2026-12-18T12:00:00Z') }],
        venueIdGiven: false,
      },
      later,
    );
    expect(plan.startsAt).toEqual(sessions[0]!.startsAt);
    expect(plan.endsAt).toEqual(at('2026-12-18T12:00:00Z'));
    expect(plan.change).toBe('일정 변경: 모두 2회, 마지막 수업 2026-12-18 19:00 (KST)');
  });

  it('refuses bad input and courses that can no longer change, with a code and the field', () => {
    const plan = (c: typeof course, input: Parameters<typeof planReschedule>[2]) => () =>
      planReschedule(c, sessions, input, now);
    expect(code(plan(course, { sessions: [], venueIdGiven: false }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.sessions',
    });
    expect(
      code(
        plan(course, {
          sessions: [{ startsAt: at('2026-12-11T12:00:00Z'), endsAt: at('2026-12-11T10:00:00Z') }],
          venueIdGiven: false,
        }),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'input.sessions[0].endsAt' });
    expect(
      code(
        plan(course, {
          sessions: [{ startsAt: at('2026-12-04T10:00:00Z'), endsAt: at('2026-12-04T12:00:00Z') }],
          venueIdGiven: false,
        }),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'input.sessions' });
    expect(
      code(
        plan(course, {
          sessions: [{ startsAt: at('2026-11-30T10:00:00Z'), endsAt: at('2026-11-30T12:00:00Z') }],
          venueIdGiven: false,
        }),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'input.sessions[0].startsAt' });
    expect(code(plan(course, { venue: null, venueIdGiven: true }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.venueId',
    });
    expect(code(plan({ ...course, format: 'ONLINE' }, { venue: place, venueIdGiven: true }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.venueId',
    });
    expect(code(plan(course, { venueIdGiven: false }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input' });
    for (const status of ['CANCELLED', 'FINISHED', 'DRAFT']) {
      expect(code(plan({ ...course, status }, { venue: place, venueIdGiven: true }))?.code).toBe('CONFLICT');
    }
  });

  it("tells a venue's new name or address, not its other fields", () => {
    expect(venueChange(place, { ...place })).toBeNull();
    expect(venueChange(place, { ...place, address: '수원시 영통구 매탄로 2' })).toBe(
      '장소: 매탄동 평생학습실 (수원시 영통구 매탄로 2)',
    );
    expect(koreanTime(at('2026-12-31T15:30:00Z'))).toBe('2027-01-01 00:30 (KST)');
  });
});
