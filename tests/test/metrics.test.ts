// /metrics on every process, scraped over HTTP after real requests, as a dashboard would read it:
// requests and latency per operation on the gateway and on the subgraphs, the gateway's fetches
// per subgraph, the database pools, each producer's outbox, applications, rate-limit refusals and
// the process itself; and a token, when one is set, keeps strangers out.
import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase, testDatabaseUrl } from '@baeumteo/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AcademicSetup, academicSetup, courseSteps } from '../src/academic.ts';
import { signUp } from '../src/accounts.ts';
import { type Platform, postGraphQL, type SubgraphName, startPlatform } from '../src/platform.ts';
import { type Sample, samplesOf, scrape, totalOf } from '../src/prometheus.ts';

let platform: Platform;
let setup: AcademicSetup;
let limitsDatabase: TestDatabase | undefined;
beforeAll(async () => {
  platform = await startPlatform({ relays: true });
  setup = await academicSetup(platform);
  if (testDatabaseUrl()) limitsDatabase = await createTestDatabase();
});
afterAll(async () => {
  await platform?.stop();
  await limitsDatabase?.drop();
});

const { openCourse, apply } = courseSteps(() => setup);
const originOf = (name: SubgraphName) => new URL(platform.services[name].url).origin;
const catalogQuery =
  'query MetricsCatalog { courses(filter: { cityId: "suwon" }, first: 3) { totalCount edges { node { id title city { name } } } } }';

describe('/metrics', () => {
  it('counts a named query on the gateway and on the subgraph that answered it, with its latency', async () => {
    const before = await scrape(platform.gatewayOrigin);
    const response = await platform.query(catalogQuery);
    expect(response.body.errors).toBeUndefined();
    const gateway = await scrape(platform.gatewayOrigin);
    const ok = { service: 'gateway', operation: 'MetricsCatalog', outcome: 'ok', status: '200' };
    const requests = 'baeumteo_graphql_requests_total';
    expect(totalOf(gateway, requests, ok) - totalOf(before, requests, ok)).toBe(1);
    const latency = { service: 'gateway', operation: 'MetricsCatalog' };
    expect(
      totalOf(gateway, 'baeumteo_graphql_request_duration_seconds_count', latency),
    ).toBeGreaterThanOrEqual(1);
    expect(
      totalOf(gateway, 'baeumteo_graphql_request_duration_seconds_bucket', { ...latency, le: '+Inf' }),
    ).toBeGreaterThanOrEqual(1);
    // The gateway's fetches name the subgraph they went to.
    expect(
      totalOf(gateway, 'baeumteo_subgraph_fetch_duration_seconds_count', { subgraph: 'courses' }),
    ).toBeGreaterThanOrEqual(1);
    // courses saw the gateway's own operation for its part of the plan, named after the client's.
    const courses = await scrape(originOf('courses'));
    const coursesOperations = samplesOf(courses, requests, { service: 'courses', outcome: 'ok' }).map(
      (s) => s.labels.operation,
    );
    expect(coursesOperations.some((name) => name?.startsWith('MetricsCatalog__courses__'))).toBe(true);
  });

  it('counts a failed request by its error code', async () => {
    const response = await platform.query('query MetricsBroken { courses(first: 1) { nope } }');
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const gateway = await scrape(platform.gatewayOrigin);
    const failed = { operation: 'MetricsBroken', outcome: 'GRAPHQL_VALIDATION_FAILED' };
    expect(totalOf(gateway, 'baeumteo_graphql_requests_total', failed)).toBe(1);
    expect(
      totalOf(gateway, 'baeumteo_graphql_errors_total', {
        operation: 'MetricsBroken',
        code: 'GRAPHQL_VALIDATION_FAILED',
      }),
    ).toBe(1);
  });

  it("shows each subgraph's database pool and its statements", async () => {
    for (const name of ['learners', 'courses', 'content', 'history'] as const) {
      const samples = await scrape(originOf(name));
      expect(totalOf(samples, 'baeumteo_db_pool_size', { service: name }), name).toBeGreaterThanOrEqual(1);
      expect(samplesOf(samples, 'baeumteo_db_statements_in_flight', { service: name }), name).toHaveLength(1);
      expect(
        totalOf(samples, 'baeumteo_db_statement_duration_seconds_count', { service: name, outcome: 'ok' }),
        name,
      ).toBeGreaterThan(0);
    }
  });

  it("counts an application by its outcome, and shows each producer's outbox lag and parked events", async () => {
    const outcome = { service: 'courses', outcome: 'ENROLLED' };
    const before = totalOf(await scrape(originOf('courses')), 'baeumteo_course_applications_total', outcome);
    const course = await openCourse({ capacity: 5 });
    const learner = await signUp(platform, { residenceCityId: 'suwon' });
    const applied = await apply(learner, course.id);
    expect(applied.body.data?.applyToCourse.status).toBe('ENROLLED');
    // The same application again is answered with the enrollment it has: not a new one.
    await apply(learner, course.id);
    const courses = await scrape(originOf('courses'));
    expect(totalOf(courses, 'baeumteo_course_applications_total', outcome) - before).toBe(1);
    // Each outbox its own series: learning events to history (the service's name) and notices
    // to notifications (its name and -notices). history produces notices only.
    const outboxes = {
      learners: ['learners', 'learners-notices'],
      courses: ['courses', 'courses-notices'],
      content: ['content', 'content-notices'],
      history: ['history-notices'],
    } as const;
    for (const [service, producers] of Object.entries(outboxes)) {
      const samples = await scrape(originOf(service as keyof typeof outboxes));
      for (const name of ['baeumteo_outbox_lag_seconds', 'baeumteo_outbox_parked_events']) {
        expect(
          samplesOf(samples, name)
            .map((s) => s.labels.producer)
            .sort(),
          `${service} ${name}`,
        ).toEqual([...producers]);
        for (const producer of producers) {
          const [sample] = samplesOf(samples, name, { service, producer });
          expect(sample?.value, `${producer} ${name}`).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });

  it('counts rate-limit refusals by limit', async () => {
    const limited = await platform.startGateway({
      rateLimits: {
        store: { kind: 'memory' },
        limits: { verifyCertificate: { points: 1, durationSeconds: 60 } },
        keyPrefix: `metrics-${randomUUID()}`,
      },
    });
    const verify = () =>
      postGraphQL(
        limited.url,
        'query MetricsVerify { verifyCertificate(number: "GG-0000-000000") { __typename } }',
      );
    const origin = new URL(limited.url).origin;
    const refusals = (samples: Sample[]) =>
      totalOf(samples, 'baeumteo_rate_limit_refusals_total', {
        service: 'gateway',
        limit: 'verifyCertificate',
      });
    const before = refusals(await scrape(origin));
    await verify();
    expect((await verify()).status).toBe(429);
    const after = await scrape(origin);
    expect(refusals(after) - before).toBe(1);
    expect(
      totalOf(after, 'baeumteo_graphql_requests_total', {
        operation: 'MetricsVerify',
        outcome: 'RATE_LIMITED',
        status: '429',
      }),
    ).toBeGreaterThanOrEqual(1);
  });

  // PostgreSQL is there when DATABASE_URL is (the CI's second pass).
  it.skipIf(!testDatabaseUrl())("shows the PostgreSQL rate-limit store's connections", async () => {
    const location = limitsDatabase?.location;
    if (!location || location === 'memory' || !('url' in location)) throw new Error('no PostgreSQL database');
    const gateway = await platform.startGateway({
      rateLimits: { store: { kind: 'postgres', url: location.url }, keyPrefix: `metrics-${randomUUID()}` },
    });
    await postGraphQL(gateway.url, '{ verifyCertificate(number: "GG-0000-000000") { __typename } }');
    const samples = await scrape(new URL(gateway.url).origin);
    const pool = 'baeumteo_rate_limit_pool_connections';
    expect(totalOf(samples, pool, { service: 'gateway', state: 'total' })).toBeGreaterThanOrEqual(1);
    expect(samplesOf(samples, pool, { state: 'idle' })).toHaveLength(1);
    expect(totalOf(samples, pool, { state: 'waiting' })).toBe(0);
  });

  it("shows each process's own CPU, memory and event loop under the standard names", async () => {
    for (const origin of [platform.gatewayOrigin, originOf('courses')]) {
      const samples = await scrape(origin);
      for (const name of [
        'process_cpu_seconds_total',
        'nodejs_heap_size_used_bytes',
        'nodejs_eventloop_lag_p99_seconds',
      ]) {
        expect(samplesOf(samples, name), `${origin} ${name}`).toHaveLength(1);
      }
    }
  });

  it('answers only the bearer token when BAEUMTEO_METRICS_TOKEN is set, and always as text', async () => {
    const token = `metrics-${randomUUID()}`;
    const guarded = await platform.startGateway({ metricsToken: token });
    const url = `${new URL(guarded.url).origin}/metrics`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: 'Bearer not-the-token-at-all' } })).status).toBe(
      401,
    );
    const allowed = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(await allowed.text()).toContain('baeumteo_graphql_requests_total');
    // Without a token (the platform's own gateway) it is open, like /health.
    expect((await fetch(`${platform.gatewayOrigin}/metrics`)).status).toBe(200);
  });
});
