import { describe, expect, it } from 'vitest';
import { EMPTY_LIVE_CLASS, koreaTimeToIso, toLiveSessionInput } from './liveClassDraft';

describe('koreaTimeToIso', () => {
  it('reads a datetime-local value as Korea time', () => {
    expect(koreaTimeToIso('2026-03-02T19:00')).toBe('2026-03-02T10:00:00.000Z');
    expect(koreaTimeToIso('2026-03-02T08:30:15')).toBe('2026-03-01T23:30:15.000Z');
  });

  it('refuses what is no time', () => {
    expect(koreaTimeToIso('')).toBeNull();
    expect(koreaTimeToIso('2026-03-02')).toBeNull();
    expect(koreaTimeToIso('tomorrow 7pm')).toBeNull();
    expect(koreaTimeToIso('2026-04-31T10:00')).toBeNull();
    expect(koreaTimeToIso('2026-03-02T25:00')).toBeNull();
  });
});

describe('toLiveSessionInput', () => {
  const draft = {
    ...EMPTY_LIVE_CLASS,
    titleKo: ' 시흥 갯골 생태 특강 ',
    titleEn: '  ',
    startsAt: '2026-03-02T19:00',
    endsAt: '2026-03-02T20:30',
    capacity: ' 500 ',
    room: 'siheung-eco',
  };

  it('answers the API input with Korea times as instants, an empty English title as none', () => {
    expect(toLiveSessionInput(draft, 'siheung')).toEqual({
      input: {
        hostCityId: 'siheung',
        titleKo: ' 시흥 갯골 생태 특강 ',
        titleEn: null,
        startsAt: '2026-03-02T10:00:00.000Z',
        endsAt: '2026-03-02T11:30:00.000Z',
        capacity: 500,
        room: 'siheung-eco',
      },
    });
  });

  it('names the field it refuses, as the API names it', () => {
    expect(toLiveSessionInput({ ...draft, startsAt: '' }, 'siheung')).toEqual({ field: 'startsAt' });
    expect(toLiveSessionInput({ ...draft, endsAt: 'soon' }, 'siheung')).toEqual({ field: 'endsAt' });
    expect(toLiveSessionInput({ ...draft, capacity: '300명' }, 'siheung')).toEqual({ field: 'capacity' });
    expect(toLiveSessionInput({ ...draft, capacity: '' }, 'siheung')).toEqual({ field: 'capacity' });
  });

  it('leaves the rules the API checks (title length, capacity range, room) to the API', () => {
    expect(toLiveSessionInput({ ...draft, titleKo: '', capacity: '5', room: '!' }, 'siheung')).toMatchObject({
      input: { titleKo: '', capacity: 5, room: '!' },
    });
  });
});
