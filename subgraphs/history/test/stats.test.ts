// Province statistics: counted by residence, whole days from the rollup and partial days from the
// records (the same answer either way), small cells suppressed, analysts only, CSV alike.
import { randomUUID } from 'node:crypto';
import { type Caller, koreaDayStart, type SubgraphService } from '@baeumteo/server';
import {
  callSubgraph,
  deliverAsOwners,
  signedFetch,
  startTestSubgraph,
  type TestSubgraph,
} from '@baeumteo/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { tables } from '../src/db/schema.ts';
import {
  categoryStats,
  cityStats,
  koreaDay,
  monthsOf,
  participationGap,
  planPeriod,
} from '../src/rules/stats.ts';
import { startHistory } from '../src/service.ts';
import { ownerOf } from './certificateSteps.ts';

let subgraph: TestSubgraph<SubgraphService<typeof tables>>;
let service: SubgraphService<typeof tables>;
const analyst: Caller = {
  id: randomUUID(),
  roles: [{ role: 'ANALYST', cityId: null }],
  residenceCityId: null,
};
const resident: Caller = {
  id: randomUUID(),
  roles: [{ role: 'RESIDENT', cityId: null }],
  residenceCityId: 'suwon',
};

function event(verb: string, learnerId: string, residence: string, at: string, extra: object = {}) {
  return {
    id: randomUUID(),
    verb,
    learnerId,
    cityId: 'suwon',
    residenceCityId: residence,
    courseId: randomUUID(),
    occurredAt: at,
    ...extra,
  };
}
const completion = { courseTitle: '도예', hours: 10, category: 'CULTURE_ARTS' };

interface Row {
  city: { id: string };
  activeLearners: number | null;
  participationRate: number | null;
  enrollments: number | null;
  completions: number | null;
  completionRate: number | null;
  learningHours: number | null;
}
interface Stats {
  cities: Row[];
  participationGap: number;
  csvPath: string;
}

async function stats(from: string, to: string, caller: Caller = analyst) {
  return callSubgraph<{ provinceStats: Stats }>(
    service.url,
    `query ($from: DateTime!, $to: DateTime!) { provinceStats(from: $from, to: $to) {
      participationGap csvPath cities { city { id } activeLearners participationRate enrollments
      completions completionRate learningHours } } }`,
    { from, to },
    { caller },
  );
}
const row = (s: Stats | undefined, id: string) => s?.cities.find((c) => c.city.id === id);

beforeAll(async () => {
  subgraph = await startTestSubgraph(startHistory);
  service = subgraph.service;
  // Suwon: 8 residents learn in spring 2026 (two of them in two months); 6 enrolled, 5 completed,
  // 1 did not. Yangpyeong: 3 residents only. One Yangpyeong resident also moves (not learning).
  const suwon = Array.from({ length: 8 }, () => randomUUID());
  const yangpyeong = Array.from({ length: 3 }, () => randomUUID());
  const events = [
    ...suwon.map((id) => event('APPLIED', id, 'suwon', '2026-03-10T10:00:00+09:00')),
    ...suwon.slice(0, 6).map((id) => event('ENROLLED', id, 'suwon', '2026-03-10T10:00:01+09:00')),
    ...suwon
      .slice(0, 5)
      .map((id) => event('COMPLETED', id, 'suwon', '2026-04-30T18:00:00+09:00', completion)),
    event('NOT_COMPLETED', suwon[5] as string, 'suwon', '2026-04-30T18:00:00+09:00'),
    ...yangpyeong.map((id) => event('ENROLLED', id, 'yangpyeong', '2026-03-11T09:00:00+09:00')),
    event('MOVED', yangpyeong[0] as string, 'suwon', '2026-05-02T09:00:00+09:00'),
    // Outside the period.
    event('ENROLLED', randomUUID(), 'suwon', '2026-06-01T00:00:00+09:00'),
  ];
  const { totals } = await deliverAsOwners(service.url.replace(/\/graphql$/, '/events'), events, ownerOf);
  expect(totals).toMatchObject({ stored: events.length, rejected: [] });
});
afterAll(() => subgraph?.stop());

describe('periods', () => {
  it('splits a period into whole Korea-time days, as a mask per year, and partial days', () => {
    expect(koreaDayStart(new Date('2026-02-28T15:00:00Z')).toISOString()).toBe('2026-02-28T15:00:00.000Z');
    expect(koreaDay(new Date('2026-02-28T15:00:00Z'))).toEqual({ date: '2026-03-01', year: 2026, index: 59 });
    expect(koreaDay(new Date('2024-12-31T14:59:59Z'))).toMatchObject({ date: '2024-12-31', index: 365 });
    const year = planPeriod({
      from: new Date('2026-01-01T00:00:00+09:00'),
      to: new Date('2027-01-01T00:00:00+09:00'),
    });
    expect(year.days).toEqual({ fromDay: '2026-01-01', toDay: '2027-01-01' });
    expect(year.edges).toEqual([]);
    expect(year.years).toEqual([{ year: 2026, mask: `${'1'.repeat(365)}0` }]);
    const ragged = planPeriod({
      from: new Date('2025-12-30T12:00:00+09:00'),
      to: new Date('2026-01-02T06:00:00+09:00'),
    });
    expect(ragged.days).toEqual({ fromDay: '2025-12-31', toDay: '2026-01-02' });
    expect(ragged.years).toEqual([
      { year: 2025, mask: `${'0'.repeat(364)}10` },
      { year: 2026, mask: `1${'0'.repeat(365)}` },
    ]);
    expect(ragged.edges.map((e) => [e.from.toISOString(), e.to.toISOString()])).toEqual([
      ['2025-12-30T03:00:00.000Z', '2025-12-30T15:00:00.000Z'],
      ['2026-01-01T15:00:00.000Z', '2026-01-01T21:00:00.000Z'],
    ]);
    const inside = planPeriod({
      from: new Date('2026-01-15T01:00:00Z'),
      to: new Date('2026-01-15T02:00:00Z'),
    });
    expect(inside).toMatchObject({ days: null, years: [] });
    expect(inside.edges).toHaveLength(1);
  });

  it('suppresses small cells and compares only the cities shown', () => {
    const totals = { cityId: 'x', enrollments: 9, completions: 3, notCompleted: 6, learningHours: 30 };
    expect(cityStats({ ...totals, activeLearners: 4 }, 1000)).toMatchObject({
      activeLearners: null,
      participationRate: null,
      enrollments: null,
      learningHours: null,
    });
    expect(cityStats({ ...totals, activeLearners: 10 }, 1000)).toMatchObject({
      activeLearners: 10,
      participationRate: 0.01,
      enrollments: 9,
      completions: null,
      completionRate: null,
    });
    expect(cityStats({ ...totals, completions: 12, activeLearners: 10 }, 1000)).toMatchObject({
      completions: 12,
      completionRate: 12 / 18,
    });
    expect(
      participationGap([
        cityStats({ ...totals, activeLearners: 10 }, 1000),
        cityStats({ ...totals, activeLearners: 40 }, 1000),
        cityStats({ ...totals, activeLearners: 2 }, 1000),
      ]),
    ).toBe(4);
  });
});

describe('months and categories', () => {
  it('cuts a period into Korea-time months, the first and last cut to the period', () => {
    const months = monthsOf({
      from: new Date('2026-11-15T12:00:00+09:00'),
      to: new Date('2027-02-01T00:00:00+09:00'),
    });
    expect(months.map((m) => m.month)).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(months[0]?.from.toISOString()).toBe('2026-11-15T03:00:00.000Z');
    expect(months[1]).toMatchObject({
      from: new Date('2026-12-01T00:00:00+09:00'),
      to: new Date('2027-01-01T00:00:00+09:00'),
    });
    expect(months[2]?.to.toISOString()).toBe('2027-01-31T15:00:00.000Z');
  });

  it('hides category counts of 1 to 4 with the rate they reveal, and hours behind fewer than 5 records', () => {
    const base = { category: 'VOCATIONAL' as const, learningHours: 12, credited: 5 };
    expect(categoryStats({ ...base, completions: 6, notCompleted: 2 })).toEqual({
      category: 'VOCATIONAL',
      completions: 6,
      notCompleted: null,
      completionRate: null,
      learningHours: 12,
    });
    expect(categoryStats({ ...base, completions: 0, notCompleted: 0, credited: 3 })).toMatchObject({
      completionRate: 0,
      learningHours: null,
    });
  });
});

const trendQuery = `query ($from: DateTime!, $to: DateTime!) { provinceStats(from: $from, to: $to) {
  months { month from to activeLearners enrollments completions learningHours }
  categories { category completions notCompleted completionRate learningHours } } }`;

interface Trend {
  months: Array<
    { month: string; from: string; to: string; activeLearners: number | null } & Record<string, unknown>
  >;
  categories: Array<{ category: string } & Record<string, unknown>>;
}

describe('provinceStats month by month and by category', () => {
  it('counts each month of the province once, suppressing a month of fewer than 5 learners', async () => {
    const { data, errors } = await callSubgraph<{ provinceStats: Trend }>(
      service.url,
      trendQuery,
      { from: '2026-03-01T00:00:00+09:00', to: '2026-06-01T00:00:00+09:00' },
      { caller: analyst },
    );
    expect(errors).toBeUndefined();
    expect(data?.provinceStats.months).toEqual([
      {
        month: '2026-03',
        from: '2026-03-01T00:00:00+09:00',
        to: '2026-04-01T00:00:00+09:00',
        activeLearners: 11,
        enrollments: 9,
        completions: 0,
        learningHours: 0,
      },
      {
        month: '2026-04',
        from: '2026-04-01T00:00:00+09:00',
        to: '2026-05-01T00:00:00+09:00',
        activeLearners: 6,
        enrollments: 0,
        completions: 5,
        learningHours: 50,
      },
      // Only a move in May: moving is not learning, and no one is shown.
      {
        month: '2026-05',
        from: '2026-05-01T00:00:00+09:00',
        to: '2026-06-01T00:00:00+09:00',
        activeLearners: null,
        enrollments: null,
        completions: null,
        learningHours: null,
      },
    ]);
    const ragged = await callSubgraph<{ provinceStats: Trend }>(
      service.url,
      trendQuery,
      { from: '2026-03-10T10:00:00+09:00', to: '2026-04-30T18:00:01+09:00' },
      { caller: analyst },
    );
    expect(ragged.data?.provinceStats.months.map((m) => [m.month, m.activeLearners])).toEqual([
      ['2026-03', 11],
      ['2026-04', 6],
    ]);
    expect(ragged.data?.provinceStats.months[0]?.from).toBe('2026-03-10T10:00:00+09:00');
  });

  it('adds up completions and hours per category, the same from the rollup as from the records', async () => {
    const answer = (from: string, to: string) =>
      callSubgraph<{ provinceStats: Trend }>(service.url, trendQuery, { from, to }, { caller: analyst });
    const whole = await answer('2026-03-01T00:00:00+09:00', '2026-06-01T00:00:00+09:00');
    const categories = whole.data?.provinceStats.categories ?? [];
    expect(categories.map((c) => c.category)).toEqual([
      'ADULT_LITERACY',
      'ACADEMIC_SUPPLEMENT',
      'VOCATIONAL',
      'CULTURE_ARTS',
      'HUMANITIES',
      'CIVIC_PARTICIPATION',
    ]);
    expect(categories.find((c) => c.category === 'CULTURE_ARTS')).toEqual({
      category: 'CULTURE_ARTS',
      completions: 5,
      notCompleted: 0,
      completionRate: 1,
      learningHours: 50,
    });
    expect(categories.find((c) => c.category === 'VOCATIONAL')).toMatchObject({
      completions: 0,
      completionRate: 0,
      learningHours: 0,
    });
    // The completions' day alone, cut in the middle: read from the records, not the rollup.
    const ragged = await answer('2026-04-30T17:00:00+09:00', '2026-04-30T19:00:00+09:00');
    expect(ragged.errors).toBeUndefined();
    expect(ragged.data?.provinceStats.categories).toEqual(categories);
  });
});

describe('provinceStats', () => {
  it('counts residents once per period, with rates, and hides cities of fewer than 5 learners', async () => {
    const { data, errors } = await stats('2026-03-01T00:00:00+09:00', '2026-06-01T00:00:00+09:00');
    expect(errors).toBeUndefined();
    expect(data?.provinceStats.cities).toHaveLength(31);
    expect(row(data?.provinceStats, 'suwon')).toEqual({
      city: { id: 'suwon' },
      activeLearners: 8,
      participationRate: expect.closeTo(8 / 1_190_000, 1),
      enrollments: 6,
      completions: 5,
      completionRate: null, // 1 learner did not complete: hidden, with the rate that reveals it
      learningHours: 50,
    });
    expect(row(data?.provinceStats, 'yangpyeong')).toMatchObject({ activeLearners: null, enrollments: null });
    expect(row(data?.provinceStats, 'gapyeong')).toMatchObject({ activeLearners: null });
    expect(data?.provinceStats.participationGap).toBe(1);
  });

  it('answers the same from the rollup as from the records', async () => {
    const whole = await stats('2026-03-01T00:00:00+09:00', '2026-06-01T00:00:00+09:00');
    const ragged = await stats('2026-03-01T00:00:00.001+09:00', '2026-05-31T23:59:59+09:00');
    expect(ragged.data?.provinceStats.cities).toEqual(whole.data?.provinceStats.cities);
    // Within one day: the records alone.
    const evening = await stats('2026-04-30T17:00:00+09:00', '2026-04-30T19:00:00+09:00');
    expect(evening.errors).toBeUndefined();
    expect(row(evening.data?.provinceStats, 'suwon')).toMatchObject({ activeLearners: 6, completions: 5 });
    const april = await stats('2026-04-01T00:00:00+09:00', '2026-05-01T00:00:00+09:00');
    expect(row(april.data?.provinceStats, 'suwon')).toMatchObject({
      activeLearners: 6,
      completions: 5,
      enrollments: 0,
    });
  });

  it('is for analysts and province admins only', async () => {
    const refused = await stats('2026-03-01T00:00:00+09:00', '2026-06-01T00:00:00+09:00', resident);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.data).toBeNull();
  });

  it('refuses a period that ends before it starts or spans more than 10 years', async () => {
    for (const [from, to] of [
      ['2026-06-01T00:00:00+09:00', '2026-03-01T00:00:00+09:00'],
      ['2010-01-01T00:00:00+09:00', '2026-01-01T00:00:00+09:00'],
    ] as const) {
      const { errors } = await stats(from, to);
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    }
  });

  it('exports the same table as CSV', async () => {
    const { data } = await stats('2026-03-01T00:00:00+09:00', '2026-06-01T00:00:00+09:00');
    const get = (caller: Caller | null, path = data?.provinceStats.csvPath ?? '') =>
      signedFetch(`${service.url.replace(/\/graphql$/, '')}${path}`, { origin: { caller } });
    const response = await get(analyst);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(32);
    expect(lines[0]).toBe(
      'city_id,city_code,city_name_ko,city_name_en,population,active_learners,participation_rate,enrollments,completions,completion_rate,learning_hours',
    );
    expect(lines.find((l) => l.startsWith('suwon,'))).toMatch(
      /^suwon,41110,수원시,Suwon,\d+,8,0\.\d{6},6,5,,50$/,
    );
    expect(lines.find((l) => l.startsWith('yangpyeong,'))).toMatch(/^yangpyeong,\d+,양평군,[^,]+,\d+,,,,,,$/);
    expect((await get(resident)).status).toBe(403);
    expect((await get(null)).status).toBe(401);
    const bad = await get(analyst, '/downloads/province-stats.csv?from=yesterday&to=2026-01-01');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
