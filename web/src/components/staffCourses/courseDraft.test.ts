import { describe, expect, it } from 'vitest';
import {
  type CourseDraft,
  draftFromCourse,
  draftSessions,
  type EditableCourse,
  EMPTY_COURSE,
  toCreateInput,
  toggleInstructor,
  toUpdateInput,
  unlistedInstructors,
} from './courseDraft';

const typed: CourseDraft = {
  ...EMPTY_COURSE,
  titleKo: '생활 도예',
  descriptionKo: '흙으로 그릇을 빚습니다.',
  venueId: 'venue-1',
  capacity: '20',
  opensAt: '2026-03-01T09:00',
  closesAt: '2026-03-09T18:00',
  minAttendance: '75',
  sessions: JSON.stringify([{ date: '2026-03-10', start: '19:00', end: '21:00' }]),
  contents: JSON.stringify([{ id: 'c1', title: '도예 입문' }]),
  instructorIds: JSON.stringify(['i1']),
};

describe('the course editor sends what was typed', () => {
  it('as a new course, times read as Korea time', () => {
    const checked = toCreateInput(typed, 'siheung');
    expect(checked).toEqual({
      input: expect.objectContaining({
        cityId: 'siheung',
        format: 'OFFLINE',
        venueId: 'venue-1',
        capacity: 20,
        applicationOpensAt: '2026-03-01T00:00:00.000Z',
        applicationClosesAt: '2026-03-09T09:00:00.000Z',
        minAttendanceRate: 0.75,
        sessions: [{ startsAt: '2026-03-10T10:00:00.000Z', endsAt: '2026-03-10T12:00:00.000Z' }],
        contentIds: ['c1'],
        instructorIds: ['i1'],
      }),
    });
  });

  it('lets the API judge a capacity out of range, refuses one that is no number itself', () => {
    expect(toCreateInput({ ...typed, capacity: '0' }, 'siheung')).toMatchObject({ input: { capacity: 0 } });
    expect(toCreateInput({ ...typed, capacity: 'twenty' }, 'siheung')).toEqual({ field: 'input.capacity' });
    expect(toCreateInput({ ...typed, closesAt: '' }, 'siheung')).toEqual({
      field: 'input.applicationClosesAt',
    });
    expect(toCreateInput({ ...typed, minAttendance: 'most' }, 'siheung')).toEqual({
      field: 'input.minAttendanceRate',
    });
    expect(
      toCreateInput(
        { ...typed, sessions: JSON.stringify([{ date: '2026-03-10', start: '', end: '21:00' }]) },
        'x',
      ),
    ).toEqual({ field: 'input.sessions[0]' });
  });

  it('sends no venue for an online course, and edits without the format', () => {
    expect(toCreateInput({ ...typed, format: 'ONLINE' }, 'siheung')).toMatchObject({
      input: { venueId: null },
    });
    const update = toUpdateInput(typed);
    expect(update).toMatchObject({ input: { venueId: 'venue-1', titleEn: '' } });
    expect('input' in update && 'format' in update.input).toBe(false);
    expect(toUpdateInput({ ...typed, format: 'ONLINE' })).not.toHaveProperty('input.venueId');
  });

  it('reads broken stored lists as empty', () => {
    expect(draftSessions({ sessions: 'not json' })).toEqual([]);
    expect(draftSessions({ sessions: '[{"date":1}]' })).toEqual([]);
  });

  it('checks an instructor in once, in the order chosen, and unchecks them', () => {
    expect(toggleInstructor(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleInstructor(['a', 'b'], 'a', true)).toEqual(['a', 'b']);
    expect(toggleInstructor(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggleInstructor([], 'a', false)).toEqual([]);
  });

  it('finds the chosen instructors the city no longer lists', () => {
    expect(unlistedInstructors(['a', 'gone', 'b'], [{ id: 'b' }, { id: 'a' }, { id: 'c' }])).toEqual([
      'gone',
    ]);
    expect(unlistedInstructors([], [{ id: 'a' }])).toEqual([]);
  });
});

describe('the editor prefilled from a stored course', () => {
  const stored: EditableCourse = {
    titleKo: '생활 도예',
    titleEn: '생활 도예', // untranslated: the API answers the Korean title
    descriptionKo: '흙으로 그릇을 빚습니다.',
    descriptionEn: 'Shape bowls from clay.',
    category: 'CULTURE_ARTS',
    format: 'OFFLINE',
    venue: { id: 'venue-1' },
    capacity: 20,
    selection: 'LOTTERY',
    eligibility: 'PROVINCE_RESIDENTS',
    applicationOpensAt: '2026-02-16T00:00:00.000Z',
    applicationClosesAt: '2026-02-27T09:00:00.000Z',
    minAttendanceRate: 0.8,
    sessions: [
      { startsAt: '2026-03-10T10:00:00Z', endsAt: '2026-03-10T12:00:00Z' },
      { startsAt: '2026-03-03T10:00:00Z', endsAt: '2026-03-03T12:00:00Z' },
    ],
    contents: [{ id: 'c1', title: '도예 입문' }],
    contentIds: ['c1', 'c2'],
    instructorIds: ['i1'],
  };

  it('keeps every field for editing', () => {
    const draft = draftFromCourse(stored);
    expect(draft).toMatchObject({
      titleEn: '',
      descriptionEn: 'Shape bowls from clay.',
      capacity: '20',
      selection: 'LOTTERY',
      opensAt: '2026-02-16T09:00',
      closesAt: '2026-02-27T18:00',
      minAttendance: '80',
      defaultStart: '19:00',
    });
    expect(draftSessions(draft).map((s) => s.date)).toEqual(['2026-03-03', '2026-03-10']);
    expect(JSON.parse(draft.contents)).toEqual([
      { id: 'c1', title: '도예 입문' },
      { id: 'c2', title: 'c2' },
    ]);
    expect(JSON.parse(draft.instructorIds)).toEqual(['i1']);
  });

  it('moves a duplicate to the next term, title and instructors unchanged', () => {
    const draft = draftFromCourse(stored, new Date('2026-05-20T03:00:00Z'));
    expect(draft.titleKo).toBe('생활 도예');
    expect(draftSessions(draft).map((s) => s.date)).toEqual(['2026-05-26', '2026-06-02']);
    expect(draft.closesAt).toBe('2026-05-22T18:00');
    expect(JSON.parse(draft.instructorIds)).toEqual(['i1']);
  });
});
