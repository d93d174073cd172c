// The courses subgraph over HTTP, as the gateway calls it.
import { generateSigningKey, type SubgraphService, serviceSigner } from '@baeumteo/server';
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

beforeAll(async () => {
  subgraph = await startTestSubgraph(startCourses);
  service = subgraph.service;
  build = builder(service.database.db);
});

afterAll(() => subgraph?.stop());

describe('courses subgraph', () => {
  it('answers only calls the gateway signed', async () => {
    const none = await callSubgraph(service.url, '{ __typename }', undefined, { signer: null });
    expect(none.status).toBe(401);
    expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await callSubgraph(service.url, '{ __typename }', undefined, {
      signer: serviceSigner('gateway', generateSigningKey()),
    });
    expect(wrong.status).toBe(401);
  });

  it('publishes its federation SDL with Course and City as entities', async () => {
    const { data } = await call<{ _service: { sdl: string } }>('{ _service { sdl } }');
    expect(data?._service.sdl).toMatch(/type Course\s+@key\(fields: "id"\)/);
    expect(data?._service.sdl).toMatch(/type City\s+@key\(fields: "id"\)/);
  });

  it('resolves a course entity with its venue, sessions and hours, and null for unknown ids', async () => {
    const venue = await build.venue('hanam');
    const { course } = await build.course({ cityId: 'hanam', venueId: venue.id, sessionCount: 4 });
    const { data } = await call<{ _entities: unknown[] }>(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Course { id title titleEn: title(locale: EN) city { id } venue { name city { id } } sessions { id format } totalHours seatsLeft }
      } }`,
      {
        reps: [
          { __typename: 'Course', id: course.id },
          { __typename: 'Course', id: '00000000-0000-4000-8000-000000000000' },
          { __typename: 'Course', id: 'not-a-uuid' },
        ],
      },
    );
    expect(data?._entities).toEqual([
      {
        id: course.id,
        title: '시험 강좌',
        titleEn: 'Test course',
        city: { id: 'hanam' },
        venue: { name: 'hanam 평생학습관', city: { id: 'hanam' } },
        sessions: [
          expect.objectContaining({ format: 'OFFLINE' }),
          expect.anything(),
          expect.anything(),
          expect.anything(),
        ],
        totalHours: 8,
        seatsLeft: 20,
      },
      null,
      null,
    ]);
  });

  it('falls back to the Korean title when no English one exists', async () => {
    const { course } = await build.course({ cityId: 'yeoju', titleKo: '도자기 공예', titleEn: null });
    const { data } = await call<{ course: { title: string } }>(
      `{ course(id: "${course.id}") { title(locale: EN) } }`,
    );
    expect(data?.course.title).toBe('도자기 공예');
  });

  it("lists a city's courses soonest first through City entities, with filters and totals", async () => {
    const later = await build.course({
      cityId: 'gapyeong',
      titleKo: '수채화 교실',
      category: 'CULTURE_ARTS',
    });
    const soon = await build.course({
      cityId: 'gapyeong',
      titleKo: '파이썬 기초',
      titleEn: 'Python for beginners',
      category: 'VOCATIONAL',
      startsAt: new Date(Date.now() + 2 * 86_400_000),
    });
    await build.course({ cityId: 'gapyeong', titleKo: '지난 강좌', status: 'FINISHED' });
    const { data } = await call<{
      _entities: { courses: { totalCount: number; edges: { node: { id: string } }[] } }[];
    }>(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on City { courses(filter: { openForApplication: true }) { totalCount edges { node { id } } } }
      } }`,
      {
        reps: [
          { __typename: 'City', id: 'gapyeong' },
          { __typename: 'City', id: 'nowhere' },
        ],
      },
    );
    expect(data?._entities[0]?.courses.totalCount).toBe(2);
    expect(data?._entities[0]?.courses.edges.map((e) => e.node.id)).toEqual([
      soon.course.id,
      later.course.id,
    ]);
    expect(data?._entities[1]?.courses).toEqual({ totalCount: 0, edges: [] });
  });

  it('pages through courses with cursors until the end, without repeats', async () => {
    for (let i = 0; i < 5; i++) await build.course({ cityId: 'yeoncheon', titleKo: `연천 강좌 ${i}` });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        data?: {
          courses: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string };
            edges: { node: { id: string } }[];
          };
        } | null;
      } = await call(
        `query ($after: String) { courses(filter: { cityId: "yeoncheon" }, first: 2, after: $after) {
            totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { after },
      );
      const courses = page.data!.courses;
      expect(courses.totalCount).toBe(5);
      seen.push(...courses.edges.map((e) => e.node.id));
      if (!courses.pageInfo.hasNextPage) break;
      after = courses.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it('venues of several cities load in one statement', async () => {
    for (const city of ['osan', 'anseong', 'icheon']) await build.venue(city);
    const reps = (cities: string[]) => cities.map((id) => ({ __typename: 'City', id }));
    const query =
      'query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on City { venues { name } } } }';
    const before = service.database.statementCount();
    await call(query, { reps: reps(['osan']) });
    const one = service.database.statementCount() - before;
    const mid = service.database.statementCount();
    const { data } = await call<{ _entities: { venues: { name: string }[] }[] }>(query, {
      reps: reps(['osan', 'anseong', 'icheon']),
    });
    expect(service.database.statementCount() - mid).toBe(one);
    expect(data?._entities.map((c) => c.venues[0]?.name)).toEqual([
      'osan 평생학습관',
      'anseong 평생학습관',
      'icheon 평생학습관',
    ]);
  });
});
