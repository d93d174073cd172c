// The gateway's response cache as callers notice it: an anonymous catalog read is answered again
// from the cache (the same bytes, an Age, no subgraph asked), a signed-in caller never is and their
// answers are never kept, seats left are at most a second old, answers with errors and mutations
// are never kept, and on Redis two gateways share the cache while a Redis that goes away costs
// only the cache. Only our gateway has it: the tests-hive project leaves this file out.

import { randomUUID } from 'node:crypto';
import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';
import type { RunningServer } from '@baeumteo/server';
import { setLogDestination } from '@baeumteo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AcademicSetup, academicSetup, courseSteps } from '../src/academic.ts';
import { signUp } from '../src/accounts.ts';
import { captureLogs } from '../src/logCapture.ts';
import { type Platform, type SubgraphName, startPlatform } from '../src/platform.ts';
import { scrape, totalOf } from '../src/prometheus.ts';

let platform: Platform;
let setup: AcademicSetup;
let logs: { text(): string };
beforeAll(async () => {
  logs = captureLogs('warn');
  platform = await startPlatform();
  setup = await academicSetup(platform);
});
afterAll(async () => {
  await platform?.stop();
  setLogDestination(process.stdout, 'silent');
});

const { openCourse, apply } = courseSteps(() => setup);
const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

// biome-ignore lint/suspicious/noExplicitAny: each test reads the fields its own query asked for.
interface RawAnswer<T = any> {
  status: number;
  headers: Headers;
  text: string;
  body: { data?: T | null; errors?: { extensions?: Record<string, unknown> }[] };
}

/** A GraphQL POST whose answer is kept as the bytes that arrived. */
async function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) };
}

/** How many requests of the named operation's query plan one subgraph has answered. */
async function asked(subgraph: SubgraphName, operation: string): Promise<number> {
  const samples = await scrape(new URL(platform.services[subgraph].url).origin);
  return samples
    .filter(
      (s) =>
        s.name === 'baeumteo_graphql_requests_total' &&
        s.labels.operation?.startsWith(`${operation}__${subgraph}__`),
    )
    .reduce((sum, s) => sum + s.value, 0);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The public catalog page, as the benchmark asks it: courses, venues, cities and contents. */
const catalog = (name: string) => `query ${name}($cityId: ID!) {
  courses(filter: { cityId: $cityId, openForApplication: true }, first: 20) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id title category format capacity seatsLeft waitlistCount applicationClosesAt startsAt
      venue { id name dong }
      city { id name }
      contents { id title kind durationMinutes }
    } }
  }
}`;

const cities = (name: string) => `query ${name} { cities { id name } }`;

describe('an anonymous public read', () => {
  it('is answered the second time from the cache: the same bytes, with an Age, no subgraph asked', async () => {
    const query = catalog('CacheCatalog');
    const lookups = 'baeumteo_response_cache_lookups_total';
    const before = await scrape(platform.gatewayOrigin);
    const first = await post(platform.gatewayUrl, query, { cityId: 'siheung' });
    const second = await post(platform.gatewayUrl, query, { cityId: 'siheung' });

    expect(first.body.errors).toBeUndefined();
    expect(first.body.data!.courses.totalCount).toBeGreaterThan(0);
    // Course data is kept a second at most: the subgraphs' hints, combined by the gateway.
    expect(first.headers.get('cache-control')).toBe('max-age=1, public');
    expect(first.headers.get('age')).toBeNull();
    expect(second.headers.get('age')).not.toBeNull();
    expect(second.text).toBe(first.text);
    for (const subgraph of ['courses', 'learners', 'content'] as const) {
      expect(await asked(subgraph, 'CacheCatalog'), subgraph).toBe(1);
    }
    const after = await scrape(platform.gatewayOrigin);
    expect(totalOf(after, lookups, { result: 'hit' }) - totalOf(before, lookups, { result: 'hit' })).toBe(1);
    expect(totalOf(after, lookups, { result: 'miss' }) - totalOf(before, lookups, { result: 'miss' })).toBe(
      1,
    );
  });

  it('of reference data (the cities) is kept for a minute', async () => {
    const first = await post(platform.gatewayUrl, cities('CacheCities'));
    expect(first.headers.get('cache-control')).toBe('max-age=60, public');
    await sleep(1_100);
    const later = await post(platform.gatewayUrl, cities('CacheCities'));
    expect(later.headers.get('age')).not.toBeNull();
    expect(later.text).toBe(first.text);
    expect(await asked('learners', 'CacheCities')).toBe(1);
  });

  it('shares one entry whatever `first` was clamped from, and keeps different variables apart', async () => {
    const query = (first: number) =>
      `query CacheClamped($cityId: ID!) { courses(filter: { cityId: $cityId }, first: ${first}) { totalCount } }`;
    const clampedA = await post(platform.gatewayUrl, query(500), { cityId: 'suwon' });
    const clampedB = await post(platform.gatewayUrl, query(9_000), { cityId: 'suwon' });
    expect(clampedA.body.errors).toBeUndefined();
    expect(clampedB.headers.get('age')).not.toBeNull();
    const otherCity = await post(platform.gatewayUrl, query(500), { cityId: 'siheung' });
    expect(otherCity.headers.get('age')).toBeNull();
  });
});

describe("a course's page, which asks for the caller's own application", () => {
  it('is kept for anonymous callers (their application is always none), never for a signed-in one', async () => {
    const course = await openCourse({ capacity: 3 });
    const page = `query CacheCourseMine($id: ID!) {
      course(id: $id) { id title seatsLeft myEnrollment { id status } }
    }`;
    const first = await post(platform.gatewayUrl, page, { id: course.id });
    expect(first.body.data!.course.myEnrollment).toBeNull();
    expect(first.headers.get('cache-control')).toBe('max-age=1, public');
    const second = await post(platform.gatewayUrl, page, { id: course.id });
    expect(second.headers.get('age')).not.toBeNull();
    expect(second.text).toBe(first.text);

    const learner = await signUp(platform);
    expect((await apply(learner, course.id)).body.data?.applyToCourse.status).toBe('ENROLLED');
    const mine = await post(platform.gatewayUrl, page, { id: course.id }, learner.auth);
    expect(mine.headers.get('cache-control')).toBe('no-store');
    expect(mine.body.data!.course.myEnrollment).toMatchObject({ status: 'ENROLLED' });
    expect(await asked('courses', 'CacheCourseMine')).toBe(2);
  });
});

describe('a signed-in caller', () => {
  const drafts = `query CacheDrafts { courses(filter: { cityId: "suwon", status: DRAFT }, first: 100) {
    totalCount edges { node { id } } } }`;

  it('is never answered from the cache, and their answers never enter it', async () => {
    const { staff } = setup;
    const created = await platform.query<{ createCourse: { id: string } }>(
      'mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }',
      {
        input: {
          cityId: 'suwon',
          titleKo: '캐시 안 되는 초안',
          descriptionKo: '직원만 보는 초안입니다.',
          category: 'HUMANITIES',
          format: 'ONLINE',
          capacity: 5,
          selection: 'FIRST_COME',
          eligibility: 'ANYONE',
          applicationOpensAt: new Date(Date.now() + 86_400_000).toISOString(),
          applicationClosesAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
          sessions: [
            {
              startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
              endsAt: new Date(Date.now() + 3 * 86_400_000 + 3_600_000).toISOString(),
            },
          ],
        },
      },
      staff.auth,
    );
    const draftId = created.body.data!.createCourse.id;
    const idsOf = (answer: RawAnswer) =>
      answer.body.data!.courses.edges.map((e: { node: { id: string } }) => e.node.id);

    // The city's staff see their draft; the answer is kept by no one, not even a browser.
    const mine = await post(platform.gatewayUrl, drafts, {}, staff.auth);
    expect(idsOf(mine)).toContain(draftId);
    expect(mine.headers.get('cache-control')).toBe('no-store');
    // An anonymous read right after does not see it, and is a read of its own (no Age).
    const anonymous = await post(platform.gatewayUrl, drafts);
    expect(idsOf(anonymous)).not.toContain(draftId);
    expect(anonymous.headers.get('age')).toBeNull();
    // Now cached for the anonymous: the staff still get their own answer, from the subgraphs.
    expect((await post(platform.gatewayUrl, drafts)).headers.get('age')).not.toBeNull();
    const again = await post(platform.gatewayUrl, drafts, {}, staff.auth);
    expect(again.headers.get('age')).toBeNull();
    expect(idsOf(again)).toContain(draftId);
    expect(await asked('courses', 'CacheDrafts')).toBe(3);
  });

  it('is not given the anonymous answer the cache holds', async () => {
    const learner = await signUp(platform);
    const anonymous = await post(platform.gatewayUrl, cities('CacheMyCities'));
    expect((await post(platform.gatewayUrl, cities('CacheMyCities'))).headers.get('age')).not.toBeNull();
    for (let i = 0; i < 2; i++) {
      const mine = await post(platform.gatewayUrl, cities('CacheMyCities'), {}, learner.auth);
      expect(mine.headers.get('age')).toBeNull();
      expect(mine.headers.get('cache-control')).toBe('no-store');
      expect(mine.text).toBe(anonymous.text);
    }
    expect(await asked('learners', 'CacheMyCities')).toBe(3);
  });
});

describe('seats left', () => {
  it('are at most a second old: after an application, an anonymous read a second later shows it', async () => {
    const course = await openCourse({ capacity: 3 });
    const page = `query CacheCoursePage($id: ID!) { course(id: $id) {
      id title capacity seatsTaken seatsLeft waitlistCount status
      sessions { id startsAt } venue { id name } city { id name } contents { id title }
    } }`;
    const seatsLeft = async () => {
      const answer = await post(platform.gatewayUrl, page, { id: course.id });
      expect(answer.body.errors).toBeUndefined();
      expect(answer.headers.get('cache-control')).toBe('max-age=1, public');
      return answer.body.data!.course.seatsLeft;
    };
    expect(await seatsLeft()).toBe(3);
    expect(await asked('courses', 'CacheCoursePage')).toBe(1);
    await seatsLeft();
    expect(await asked('courses', 'CacheCoursePage')).toBe(1);
    const learner = await signUp(platform, { residenceCityId: 'suwon' });
    expect((await apply(learner, course.id)).body.data?.applyToCourse.status).toBe('ENROLLED');
    await sleep(1_100);
    expect(await seatsLeft()).toBe(2);
  });
});

describe('answers that are never kept', () => {
  it('those with errors: a subgraph that does not answer costs its fields, and the cache nothing', async () => {
    // A second gateway whose content subgraph is nowhere: the contents are null, each with an error.
    const broken = await platform.startGateway({
      subgraphUrls: {
        ...Object.fromEntries(Object.entries(platform.services).map(([name, s]) => [name, s.url])),
        content: 'http://127.0.0.1:9/graphql',
      },
    });
    const query = catalog('CachePartial');
    const first = await post(broken.url, query, { cityId: 'siheung' });
    const second = await post(broken.url, query, { cityId: 'siheung' });
    for (const answer of [first, second]) {
      expect(answer.body.errors?.length).toBeGreaterThan(0);
      expect(answer.body.data?.courses).toBeTruthy();
      expect(answer.headers.get('age')).toBeNull();
      expect(answer.headers.get('cache-control')).toBe('no-store');
    }
    expect(await asked('courses', 'CachePartial')).toBe(2);
    // The same gateway keeps an answer the broken subgraph has no part in.
    await post(broken.url, cities('CachePartialCities'));
    expect((await post(broken.url, cities('CachePartialCities'))).headers.get('age')).not.toBeNull();
  });

  it("mutations': the same sign-in twice signs in twice", async () => {
    const learner = await signUp(platform);
    const mutation =
      'mutation CacheSignIn($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }';
    const tokens: unknown[] = [];
    for (let i = 0; i < 2; i++) {
      const answer = await post(platform.gatewayUrl, mutation, { e: learner.email, p: learner.password });
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(answer.headers.get('age')).toBeNull();
      tokens.push(answer.body.data!.signIn.token);
    }
    expect(tokens[0]).not.toBe(tokens[1]);
    expect(await asked('learners', 'CacheSignIn')).toBe(2);
  });
});

describe('with BAEUMTEO_RESPONSE_CACHE=off', () => {
  it('every anonymous read asks the subgraphs again', async () => {
    const off = await platform.startGateway({ responseCache: { store: { kind: 'off' } } });
    await post(off.url, cities('CacheOff'));
    const second = await post(off.url, cities('CacheOff'));
    expect(second.headers.get('age')).toBeNull();
    expect(await asked('learners', 'CacheOff')).toBe(2);
  });
});

/** A TCP relay to Redis that the test can cut, as if Redis stopped. */
async function redisRelay(): Promise<{ url: string; cut(): Promise<void> }> {
  const target = new URL(redisUrl);
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = tcpConnect(Number(target.port || 6379), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => {});
      socket.on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `redis://127.0.0.1:${port}`,
    cut: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

describe('on Redis', () => {
  const onRedis = (url: string, keyPrefix: string): Promise<RunningServer> =>
    platform.startGateway({ responseCache: { store: { kind: 'redis', url }, keyPrefix } });

  it('two gateway instances share the cache', async () => {
    const keyPrefix = `test-${randomUUID()}`;
    const first = await onRedis(redisUrl, keyPrefix);
    const second = await onRedis(redisUrl, keyPrefix);
    const fromFirst = await post(first.url, catalog('CacheSharedCatalog'), { cityId: 'suwon' });
    // The first gateway writes to Redis as it answers, not before: give the write a moment.
    await sleep(100);
    const fromSecond = await post(second.url, catalog('CacheSharedCatalog'), { cityId: 'suwon' });
    expect(fromFirst.body.errors).toBeUndefined();
    expect(fromSecond.headers.get('age')).not.toBeNull();
    expect(fromSecond.text).toBe(fromFirst.text);
    expect(await asked('courses', 'CacheSharedCatalog')).toBe(1);
  });

  it('a Redis that stops, or was never there, costs only the cache, and is logs.text() once', async () => {
    const relay = await redisRelay();
    const gateway = await onRedis(relay.url, `test-${randomUUID()}`);
    const first = await post(gateway.url, cities('CacheRedisAway'));
    expect((await post(gateway.url, cities('CacheRedisAway'))).headers.get('age')).not.toBeNull();
    await relay.cut();
    for (let i = 0; i < 3; i++) {
      const uncached = await post(gateway.url, cities('CacheRedisAway'));
      expect(uncached.status).toBe(200);
      expect(uncached.headers.get('age')).toBeNull();
      expect(uncached.text).toBe(first.text);
    }
    expect(await asked('learners', 'CacheRedisAway')).toBe(4);

    const nowhere = await onRedis('redis://127.0.0.1:9', `test-${randomUUID()}`);
    const answer = await post(nowhere.url, cities('CacheRedisNowhere'));
    expect(answer.status).toBe(200);
    expect(answer.text).toBe(first.text);
    expect((await post(nowhere.url, cities('CacheRedisNowhere'))).headers.get('age')).toBeNull();

    const outages = logs
      .text()
      .split('\n')
      .filter((line) => line.includes('response cache store unavailable'));
    // One line per gateway that lost its store, however many requests and reconnections followed.
    expect(outages).toHaveLength(2);
  });
});
