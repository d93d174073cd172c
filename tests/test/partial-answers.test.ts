// Partial answers, as a city developer sees them through the gateway: one query spanning the five
// subgraphs, and each subgraph stopped in turn. The stopped subgraph costs only the fields it owns
// (null, each with one masked error naming its path); everything else keeps its real value.
import { internalErrorMessage } from '@baeumteo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestAccount } from '../src/accounts.ts';
import { expectNoInternals } from '../src/leaks.ts';
import { type GraphQLResponse, type Platform, type SubgraphName, startPlatform } from '../src/platform.ts';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.stop());

const cityId = 'siheung';

/** One query, five owners: learners (me, city), courses, content, history and notifications. */
const spanning = `query Spanning($city: ID!, $course: ID!, $content: ID!) {
  me {
    id
    displayName
    enrollments { status course { id } }
    contentProgress { totalCount edges { node { positionSeconds } } }
    transcript { totalHours hoursByCategory { category hours } }
    certificates { number }
    unreadNotificationCount
  }
  city(id: $city) {
    id
    name
    courses(first: 3) { totalCount }
    venues { name }
    featuredContents { title }
  }
  course(id: $course) { id title contents { id title } }
  content(id: $content) { id title }
}`;

/** The fields each subgraph answers in `spanning`: its root fields, and those it adds to others' entities. */
const owned: Record<SubgraphName, string[][]> = {
  learners: [['me'], ['city']],
  courses: [['me', 'enrollments'], ['city', 'courses'], ['city', 'venues'], ['course']],
  content: [['me', 'contentProgress'], ['city', 'featuredContents'], ['course', 'contents'], ['content']],
  history: [
    ['me', 'transcript'],
    ['me', 'certificates'],
  ],
  notifications: [['me', 'unreadNotificationCount']],
};

interface Scene {
  learner: TestAccount;
  variables: { city: string; course: string; content: string };
  /** The answer with all five subgraphs up. */
  full: Record<string, unknown>;
}

/**
 * A new resident of Siheung who applied to a course and watched a content, and the whole answer
 * to `spanning` for them. A new one each time: on PGlite a restarted subgraph starts afresh.
 */
async function scene(): Promise<Scene> {
  const learner = await signUp(platform, { residenceCityId: cityId, displayName: '부분 응답 학습자' });
  const open = await platform.query<{ courses: { edges: { node: { id: string } }[] } }>(
    'query ($c: ID!) { courses(filter: { cityId: $c, openForApplication: true }, first: 1) { edges { node { id } } } }',
    { c: cityId },
  );
  const openCourse = open.body.data?.courses.edges[0]?.node.id;
  expect(openCourse).toBeDefined();
  const applied = await platform.query(
    'mutation ($c: ID!) { applyToCourse(courseId: $c) { status } }',
    { c: openCourse },
    learner.auth,
  );
  expect(applied.body.errors).toBeUndefined();
  const online = await platform.query<{
    courses: { edges: { node: { id: string; contentIds: string[] } }[] };
  }>('{ courses(filter: { format: ONLINE }, first: 50) { edges { node { id contentIds } } } }');
  const withContents = online.body.data?.courses.edges.find((e) => e.node.contentIds.length > 0)?.node;
  expect(withContents).toBeDefined();
  const content = withContents!.contentIds[0]!;
  const watched = await platform.query(
    'mutation ($c: ID!) { recordContentProgress(contentId: $c, positionSeconds: 20) { positionSeconds } }',
    { c: content },
    learner.auth,
  );
  expect(watched.body.errors).toBeUndefined();
  const variables = { city: cityId, course: withContents!.id, content };
  const response = await platform.query(spanning, variables, learner.auth);
  expect(response.body.errors).toBeUndefined();
  return { learner, variables, full: response.body.data as Record<string, unknown> };
}

/** `data` with each of `paths` set to null. */
function withNulls<T>(data: T, paths: string[][]): T {
  const copy = structuredClone(data) as Record<string, unknown>;
  for (const path of paths) {
    let parent = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
    parent[path.at(-1)!] = null;
  }
  return copy as T;
}

const sorted = (paths: unknown[]) => paths.map((p) => JSON.stringify(p)).sort();

/**
 * Exactly one error per missing path, each masked: the generic text, INTERNAL_SERVER_ERROR and the
 * request's correlation id, nothing naming a host, port, subgraph, stack or SQL.
 */
function expectMaskedErrors(response: GraphQLResponse<unknown>, paths: string[][]) {
  const errors = response.body.errors ?? [];
  expect(sorted(errors.map((e) => e.path))).toEqual(sorted(paths));
  const correlationId = response.headers.get('x-correlation-id');
  expect(correlationId).toMatch(/^[0-9a-f-]{36}$/);
  for (const error of errors) {
    expect(error.message).toBe(internalErrorMessage);
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', correlationId });
    const visible = JSON.stringify({
      message: error.message,
      path: error.path,
      locations: (error as { locations?: unknown }).locations,
    });
    for (const service of Object.values(platform.services)) {
      expect(visible).not.toContain(new URL(service.url).host);
      expect(visible).not.toContain(`:${new URL(service.url).port}`);
    }
  }
  expectNoInternals(response);
}

describe('partial answers', () => {
  it('with all five subgraphs up, the spanning query answers every field and no error', async () => {
    const { full } = await scene();
    const data = full as {
      me: Record<string, unknown> & { enrollments: unknown[]; contentProgress: { totalCount: number } };
      city: { courses: { totalCount: number }; venues: unknown[]; featuredContents: unknown[] };
      course: { contents: unknown[] };
      content: { id: string };
    };
    expect(data.me.displayName).toBe('부분 응답 학습자');
    expect(data.me.enrollments).toHaveLength(1);
    expect(data.me.contentProgress.totalCount).toBe(1);
    expect(data.me.transcript).toMatchObject({ totalHours: 0 });
    expect(data.me.certificates).toEqual([]);
    expect(data.me.unreadNotificationCount).toBe(0);
    expect(data.city.courses.totalCount).toBeGreaterThan(0);
    expect(data.city.venues.length).toBeGreaterThan(0);
    expect(data.city.featuredContents.length).toBeGreaterThan(0);
    expect(data.course.contents.length).toBeGreaterThan(0);
    expect(data.content.id).toBeDefined();
  });

  it.each(['history', 'courses', 'content', 'learners', 'notifications'] as const)(
    'with %s down, only its fields are null, each with one masked error at its path',
    async (down) => {
      const { learner, variables, full } = await scene();
      await platform.stopSubgraph(down);
      try {
        const response = await platform.query(spanning, variables, learner.auth);
        expect(response.status).toBe(200);
        // Everything the running subgraphs own keeps its value; only the stopped one's fields are null.
        expect(response.body.data).toEqual(withNulls(full, owned[down]));
        expectMaskedErrors(response, owned[down]);
      } finally {
        await platform.restartSubgraph(down);
      }
      // Back up: the whole answer again, without errors (scene asserts it).
      await scene();
    },
  );

  it('with history down, a learner still gets their name, and a null transcript', async () => {
    const learner = await signUp(platform, { residenceCityId: cityId, displayName: '기록 없는 학습자' });
    await platform.stopSubgraph('history');
    try {
      const response = await platform.query(
        '{ me { displayName transcript { totalHours } } }',
        {},
        learner.auth,
      );
      expect(response.body.data).toEqual({ me: { displayName: '기록 없는 학습자', transcript: null } });
      expectMaskedErrors(response, [['me', 'transcript']]);
    } finally {
      await platform.restartSubgraph('history');
    }
  });

  it("with learners down, its root fields are null while courses' and content's root fields answer", async () => {
    const learner = await signUp(platform, { residenceCityId: cityId });
    const roots = `query ($city: ID!) {
      me { displayName }
      city(id: $city) { name }
      courses(filter: { cityId: $city }, first: 2) { totalCount edges { node { id title } } }
      contents(first: 2) { totalCount edges { node { id title } } }
    }`;
    const full = await platform.query<Record<string, unknown>>(roots, { city: cityId }, learner.auth);
    expect(full.body.errors).toBeUndefined();
    await platform.stopSubgraph('learners');
    try {
      const response = await platform.query(roots, { city: cityId }, learner.auth);
      expect(response.body.data).toEqual({ ...full.body.data, me: null, city: null });
      expectMaskedErrors(response, [['me'], ['city']]);
    } finally {
      await platform.restartSubgraph('learners');
    }
  });
});
