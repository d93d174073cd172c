// The course search's place and time filters (dong, venue, weekdays, time of day), over HTTP on
// Query.courses and City.courses, as the city site asks them. Session times are Korea time.
import type { SubgraphService } from '@baeumteo/server';
import { callSubgraph, startTestSubgraph, type TestSubgraph } from '@baeumteo/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { tables } from '../src/db/schema.ts';
import { startCourses } from '../src/service.ts';
import { builder } from './builders.ts';

let subgraph: TestSubgraph<SubgraphService<typeof tables>>;
let service: SubgraphService<typeof tables>;
let build: ReturnType<typeof builder>;
const call = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
  callSubgraph<T>(service.url, query, variables);

interface Page {
  totalCount: number;
  edges: { node: { id: string } }[];
}

/** The ids Query.courses answers for a filter, checked against its totalCount. */
async function matching(filter: Record<string, unknown>): Promise<string[]> {
  const { data, errors } = await call<{ courses: Page }>(
    'query ($f: CourseFilter) { courses(filter: $f, first: 100) { totalCount edges { node { id } } } }',
    { f: filter },
  );
  expect(errors).toBeUndefined();
  const ids = data!.courses.edges.map((e) => e.node.id);
  expect(data!.courses.totalCount).toBe(ids.length);
  return ids.sort();
}

/** The ids City.courses answers for one city (through its entity) and a filter. */
async function matchingInCity(cityId: string, filter: Record<string, unknown>): Promise<string[]> {
  const { data, errors } = await call<{ _entities: { courses: Page }[] }>(
    `query ($reps: [_Any!]!, $f: CourseFilter) { _entities(representations: $reps) {
      ... on City { courses(filter: $f, first: 100) { totalCount edges { node { id } } } } } }`,
    { reps: [{ __typename: 'City', id: cityId }], f: filter },
  );
  expect(errors).toBeUndefined();
  const page = data!._entities[0]!.courses;
  expect(page.totalCount).toBe(page.edges.length);
  return page.edges.map((e) => e.node.id).sort();
}

const ids = (...made: { course: { id: string } }[]) => made.map((m) => m.course.id).sort();

beforeAll(async () => {
  subgraph = await startTestSubgraph(startCourses);
  service = subgraph.service;
  build = builder(service.database.db);
});

afterAll(() => subgraph?.stop());

describe('course filters: weekdays and time of day', () => {
  it('match courses by the weekday and time of day their sessions start, in Korea time', async () => {
    const cityId = 'siheung';
    const tuesdayEvening = await build.course({
      cityId,
      sessionStarts: [new Date('2027-03-02T19:00:00+09:00'), new Date('2027-03-09T19:00:00+09:00')],
    });
    const saturdayMorning = await build.course({
      cityId,
      sessionStarts: [new Date('2027-03-06T10:00:00+09:00')],
    });
    const tuesdayMorningThursdayEvening = await build.course({
      cityId,
      sessionStarts: [new Date('2027-03-02T09:00:00+09:00'), new Date('2027-03-04T19:30:00+09:00')],
    });
    const all = ids(tuesdayEvening, saturdayMorning, tuesdayMorningThursdayEvening);

    expect(await matching({ cityId })).toEqual(all);
    expect(await matching({ cityId, weekdays: [] })).toEqual(all);
    expect(await matching({ cityId, weekdays: ['TUE'] })).toEqual(
      ids(tuesdayEvening, tuesdayMorningThursdayEvening),
    );
    expect(await matching({ cityId, weekdays: ['SAT'] })).toEqual(ids(saturdayMorning));
    expect(await matching({ cityId, weekdays: ['THU'] })).toEqual(ids(tuesdayMorningThursdayEvening));
    expect(await matching({ cityId, weekdays: ['MON', 'WED', 'FRI', 'SUN'] })).toEqual([]);
    // Repeats and all seven days are fine.
    expect(await matching({ cityId, weekdays: ['SAT', 'TUE', 'SAT', 'TUE'] })).toEqual(all);
    expect(
      await matching({ cityId, weekdays: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN', 'MON'] }),
    ).toEqual(all);

    expect(await matching({ cityId, timeOfDay: 'EVENING' })).toEqual(
      ids(tuesdayEvening, tuesdayMorningThursdayEvening),
    );
    expect(await matching({ cityId, timeOfDay: 'MORNING' })).toEqual(
      ids(saturdayMorning, tuesdayMorningThursdayEvening),
    );
    expect(await matching({ cityId, timeOfDay: 'AFTERNOON' })).toEqual([]);
  });

  it('with both, one and the same session must match both', async () => {
    const cityId = 'ansan';
    const tuesdayEvening = await build.course({
      cityId,
      sessionStarts: [new Date('2027-03-02T19:00:00+09:00')],
    });
    const saturdayMorning = await build.course({
      cityId,
      sessionStarts: [new Date('2027-03-06T10:00:00+09:00')],
    });
    // A Tuesday session and an evening session, but no Tuesday evening one.
    const tuesdayMorningThursdayEvening = await build.course({
      cityId,
      sessionStarts: [new Date('2027-03-02T09:00:00+09:00'), new Date('2027-03-04T19:30:00+09:00')],
    });

    expect(await matching({ cityId, weekdays: ['TUE'], timeOfDay: 'EVENING' })).toEqual(ids(tuesdayEvening));
    expect(await matching({ cityId, weekdays: ['SAT'], timeOfDay: 'MORNING' })).toEqual(ids(saturdayMorning));
    expect(await matching({ cityId, weekdays: ['TUE'], timeOfDay: 'MORNING' })).toEqual(
      ids(tuesdayMorningThursdayEvening),
    );
    expect(await matching({ cityId, weekdays: ['THU', 'SAT'], timeOfDay: 'EVENING' })).toEqual(
      ids(tuesdayMorningThursdayEvening),
    );
    expect(await matching({ cityId, weekdays: ['SAT'], timeOfDay: 'EVENING' })).toEqual([]);
    // City.courses answers the same.
    expect(await matchingInCity(cityId, { weekdays: ['TUE'], timeOfDay: 'EVENING' })).toEqual(
      ids(tuesdayEvening),
    );
    expect(await matchingInCity(cityId, { weekdays: ['TUE', 'SAT'], timeOfDay: 'MORNING' })).toEqual(
      ids(saturdayMorning, tuesdayMorningThursdayEvening),
    );
  });

  it('reads the weekday and hour in Korea time, not UTC', async () => {
    const cityId = 'gwangmyeong';
    // Monday 23:30 UTC is Tuesday 08:30 in Seoul.
    const lateMondayUtc = await build.course({ cityId, sessionStarts: [new Date('2027-03-01T23:30:00Z')] });
    expect(await matching({ cityId, weekdays: ['TUE'], timeOfDay: 'MORNING' })).toEqual(ids(lateMondayUtc));
    expect(await matching({ cityId, weekdays: ['MON'] })).toEqual([]);
    expect(await matching({ cityId, timeOfDay: 'EVENING' })).toEqual([]);
  });

  it('draws the time-of-day lines at 12:00 and 18:00 Korea time', async () => {
    const at = (cityId: string, time: string) =>
      build.course({ cityId, sessionStarts: [new Date(`2027-03-03T${time}+09:00`)] });
    const cases = [
      ['00:00:00', 'MORNING'],
      ['11:59:59', 'MORNING'],
      ['12:00:00', 'AFTERNOON'],
      ['17:59:59', 'AFTERNOON'],
      ['18:00:00', 'EVENING'],
      ['23:59:59', 'EVENING'],
    ] as const;
    for (const [i, [time, expected]] of cases.entries()) {
      const cityId = `boundary-${i}`;
      const made = await at(cityId, time);
      for (const timeOfDay of ['MORNING', 'AFTERNOON', 'EVENING'] as const) {
        const found = await matching({ cityId, weekdays: ['WED'], timeOfDay });
        expect(found, `${time} as ${timeOfDay}`).toEqual(timeOfDay === expected ? ids(made) : []);
      }
    }
  });
});

describe('course filters: dong and venue', () => {
  it('match courses held at a venue in the dong, or at the venue', async () => {
    const jeongwang = await build.venue('siheung', '정왕동 행정복지센터', '정왕동');
    const daeya = await build.venue('siheung', '대야동 행정복지센터', '대야동');
    const hanamJungang = await build.venue('hanam', '하남 중앙동 주민센터', '필터중앙동');
    const gimpoJungang = await build.venue('gimpo', '김포 중앙동 주민센터', '필터중앙동');
    const atJeongwang = await build.course({ cityId: 'siheung', venueId: jeongwang.id });
    const atDaeya = await build.course({ cityId: 'siheung', venueId: daeya.id });
    const inHanam = await build.course({ cityId: 'hanam', venueId: hanamJungang.id });
    const inGimpo = await build.course({ cityId: 'gimpo', venueId: gimpoJungang.id });
    await build.course({ cityId: 'siheung', format: 'ONLINE', venueId: null });

    expect(await matching({ dong: '정왕동' })).toEqual(ids(atJeongwang));
    expect(await matching({ dong: '  정왕동 ' })).toEqual(ids(atJeongwang));
    expect(await matching({ dong: '정왕' })).toEqual([]);
    expect(await matching({ dong: '필터중앙동' })).toEqual(ids(inHanam, inGimpo));
    expect(await matching({ dong: '필터중앙동', cityId: 'gimpo' })).toEqual(ids(inGimpo));
    expect(await matchingInCity('hanam', { dong: '필터중앙동' })).toEqual(ids(inHanam));

    expect(await matching({ venueId: daeya.id })).toEqual(ids(atDaeya));
    expect(await matchingInCity('siheung', { venueId: daeya.id })).toEqual(ids(atDaeya));
    expect(await matching({ venueId: daeya.id, dong: '정왕동' })).toEqual([]);
    expect(await matching({ venueId: daeya.id, cityId: 'hanam' })).toEqual([]);
    // An id that is no venue's matches nothing, whatever its shape.
    expect(await matching({ venueId: '00000000-0000-4000-8000-000000000000' })).toEqual([]);
    expect(await matching({ venueId: 'not-a-venue' })).toEqual([]);
  });

  it('combine with the other filters: city, search, weekday and time of day', async () => {
    const sangdong = await build.venue('bucheon', '상동 도서관', '상동');
    const tuesdayEvening = [new Date('2027-03-02T19:00:00+09:00')];
    const saturdayMorning = [new Date('2027-03-06T10:00:00+09:00')];
    const eveningYoga = await build.course({
      cityId: 'bucheon',
      titleKo: '저녁 요가',
      titleEn: 'Evening yoga',
      venueId: sangdong.id,
      sessionStarts: tuesdayEvening,
    });
    const morningYoga = await build.course({
      cityId: 'bucheon',
      titleKo: '아침 요가',
      venueId: sangdong.id,
      sessionStarts: saturdayMorning,
    });
    const eveningChoir = await build.course({
      cityId: 'bucheon',
      titleKo: '저녁 합창',
      venueId: sangdong.id,
      sessionStarts: tuesdayEvening,
    });
    await build.course({ cityId: 'osan', titleKo: '저녁 요가', sessionStarts: tuesdayEvening });

    expect(await matching({ search: '요가', weekdays: ['TUE'], timeOfDay: 'EVENING' })).toHaveLength(2);
    expect(
      await matching({ cityId: 'bucheon', search: '요가', weekdays: ['TUE'], timeOfDay: 'EVENING' }),
    ).toEqual(ids(eveningYoga));
    expect(await matching({ dong: '상동', search: 'yoga' })).toEqual(ids(eveningYoga));
    expect(await matching({ dong: '상동', timeOfDay: 'EVENING' })).toEqual(ids(eveningYoga, eveningChoir));
    expect(await matchingInCity('bucheon', { search: '요가', weekdays: ['SAT'], dong: '상동' })).toEqual(
      ids(morningYoga),
    );
    expect(
      await matchingInCity('bucheon', { venueId: sangdong.id, category: 'HUMANITIES', weekdays: ['TUE'] }),
    ).toEqual(ids(eveningYoga, eveningChoir));
  });
});

describe('course filters: bad input', () => {
  it('a blank or over-long dong is BAD_USER_INPUT on filter.dong, on both lists', async () => {
    const queries = [
      'query ($d: String) { courses(filter: { dong: $d }) { totalCount } }',
      `query ($d: String) { _entities(representations: [{ __typename: "City", id: "siheung" }]) {
        ... on City { courses(filter: { dong: $d }) { totalCount } } } }`,
    ];
    for (const query of queries) {
      for (const dong of ['', '   ', '가'.repeat(51)]) {
        const { errors } = await call(query, { d: dong });
        expect(errors?.[0]?.extensions, `${JSON.stringify(dong)} in ${query}`).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'filter.dong',
        });
      }
      const { errors } = await call(query, { d: '가'.repeat(50) });
      expect(errors).toBeUndefined();
    }
  });
});
