import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH, isFiltered, parseCourseSearch, toCourseFilter, toSearchParams } from './courseSearch';

describe('the course search in the address', () => {
  it('reads every filter', () => {
    const search = parseCourseSearch(
      new URLSearchParams(
        'search=요가&category=HUMANITIES&format=OFFLINE&open=1&venue=v1&dong=정왕동&day=WED&day=MON&time=EVENING',
      ),
    );
    expect(search).toEqual({
      search: '요가',
      category: 'HUMANITIES',
      format: 'OFFLINE',
      openNow: true,
      venueId: 'v1',
      dong: '정왕동',
      weekdays: ['MON', 'WED'],
      timeOfDay: 'EVENING',
    });
  });

  it('drops unknown values', () => {
    const search = parseCourseSearch(
      new URLSearchParams('category=COOKING&format=x&day=FUNDAY&time=NOON&open=yes'),
    );
    expect(search).toEqual(EMPTY_SEARCH);
    expect(isFiltered(search)).toBe(false);
  });

  it('cuts the search text to what the API accepts', () => {
    expect(parseCourseSearch(new URLSearchParams({ search: 'a'.repeat(150) })).search).toHaveLength(100);
  });

  it('writes back what it read', () => {
    const address = 'search=%EC%9A%94%EA%B0%80&category=VOCATIONAL&open=1&day=MON&day=FRI&time=MORNING';
    expect(toSearchParams(parseCourseSearch(new URLSearchParams(address))).toString()).toBe(address);
  });

  it('asks the API only for the filters that are set', () => {
    expect(toCourseFilter({ ...EMPTY_SEARCH, search: '  ' }, 'siheung')).toEqual({ cityId: 'siheung' });
    expect(toCourseFilter({ ...EMPTY_SEARCH, openNow: true, weekdays: ['SAT'] }, 'siheung')).toEqual({
      cityId: 'siheung',
      openForApplication: true,
      weekdays: ['SAT'],
    });
  });
});
