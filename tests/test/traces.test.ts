// One trace per request, as an operator reads it in a collector: telemetry in this process exports
// over OTLP/HTTP to a receiver standing in for the collector, and the whole platform runs here.
// A catalog query is one trace from the gateway's request and query plan through its fetch to
// courses, courses' handling and its SQL; an application's learning event reaches history in a
// delivery linked to the application's trace, with history's handling and SQL under it; nothing
// personal is exported; and a client's traceparent does not choose the gateway's trace.
import { startTelemetry, type Telemetry } from '@baeumteo/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { academicSetup, courseSteps } from '../src/academic.ts';
import { signUp } from '../src/accounts.ts';
import { type OtlpReceiver, type ReceivedSpan, SpanKind, startOtlpReceiver } from '../src/otlp.ts';
import type { Platform } from '../src/platform.ts';

let receiver: OtlpReceiver;
let telemetry: Telemetry;
let platform: Platform;

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  telemetry = await startTelemetry('tests', { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint });
  // Imported once telemetry runs, as each process's index.ts does: @apollo/gateway takes its
  // tracer as it loads, and one taken before the SDK started stays a no-op.
  const { startPlatform } = await import('../src/platform.ts');
  platform = await startPlatform({ relays: true });
});
afterAll(async () => {
  await platform?.stop();
  await telemetry?.shutdown();
  await receiver?.close();
});

const portOf = (url: string) => Number(new URL(url).port);

/** Waits until the spans exported so far satisfy `check` (spans end, and are exported, a little after the answer). */
function eventually<T>(check: (spans: ReceivedSpan[]) => T): Promise<T> {
  return vi.waitFor(
    async () => {
      await telemetry.flush();
      return check(receiver.spans);
    },
    { timeout: 20_000, interval: 250 },
  );
}

function one(spans: ReceivedSpan[], what: string, test: (span: ReceivedSpan) => boolean): ReceivedSpan {
  const found = spans.filter(test);
  if (found.length !== 1) throw new Error(`expected one ${what}, found ${found.length}`);
  return found[0] as ReceivedSpan;
}

/** The trace of the gateway request naming `operation`. */
const traceOf = (spans: ReceivedSpan[], operation: string) =>
  one(
    spans,
    `gateway.request of ${operation}`,
    (s) => s.name === 'gateway.request' && s.attributes['graphql.operation.name'] === operation,
  ).traceId;

const childrenOf = (spans: ReceivedSpan[], parent: ReceivedSpan) =>
  spans.filter((s) => s.parentSpanId === parent.spanId);

describe('traces across the platform', () => {
  it('follows a catalog query from the gateway through its query plan and fetch to courses and its SQL', async () => {
    const response = await platform.query(
      'query TracedCatalog { courses(filter: { cityId: "suwon", openForApplication: true }, first: 20) { edges { node { id title venue { name } } } } }',
    );
    expect(response.body.errors).toBeUndefined();
    const courses = platform.services.courses;

    await eventually((spans) => {
      const trace = spans.filter((s) => s.traceId === traceOf(spans, 'TracedCatalog'));
      const gateway = one(
        trace,
        "the gateway's server span",
        (s) => s.kind === SpanKind.server && s.attributes['server.port'] === portOf(platform.gatewayUrl),
      );
      expect(gateway).toMatchObject({ name: 'POST /graphql', parentSpanId: undefined });
      const request = one(trace, 'gateway.request', (s) => s.name === 'gateway.request');
      expect(request.parentSpanId).toBe(gateway.spanId);
      expect(childrenOf(trace, request).map((s) => s.name)).toEqual(
        expect.arrayContaining(['gateway.plan', 'gateway.execute']),
      );
      const fetches = trace.filter((s) => s.name === 'gateway.fetch');
      const toCourses = one(
        trace,
        'client span to courses',
        (s) => s.kind === SpanKind.client && s.attributes['server.port'] === courses.port,
      );
      expect(fetches.map((s) => s.spanId)).toContain(toCourses.parentSpanId);
      expect(toCourses.attributes['url.full']).toBe(courses.url);
      const handling = one(
        trace,
        "courses' server span",
        (s) => s.kind === SpanKind.server && s.attributes['server.port'] === courses.port,
      );
      expect(handling).toMatchObject({ name: 'POST /graphql', parentSpanId: toCourses.spanId });
      const sql = childrenOf(trace, handling).filter((s) => s.attributes['db.system.name'] === 'postgresql');
      expect(sql.map((s) => s.attributes['db.query.text'])).toContainEqual(
        expect.stringContaining('from "courses"."courses"'),
      );
      expect(
        sql.every(
          (s) => s.kind === SpanKind.client && String(s.attributes['db.namespace']).endsWith('.courses'),
        ),
      ).toBe(true);
    });
  });

  it("links history's delivery of an application's learning event to the application's trace", async () => {
    const setup = await academicSetup(platform);
    const course = await courseSteps(() => setup).openCourse({ capacity: 5 });
    const learner = await signUp(platform, { displayName: '추적 확인 학습자' });
    const applied = await platform.query<{ applyToCourse: { status: string } }>(
      'mutation TracedApplication($c: ID!) { applyToCourse(courseId: $c) { id status } }',
      { c: course.id },
      learner.auth,
    );
    expect(applied.body.data?.applyToCourse.status).toBe('ENROLLED');
    const courses = platform.services.courses;
    const history = platform.services.history;

    await eventually((spans) => {
      const application = spans.filter((s) => s.traceId === traceOf(spans, 'TracedApplication'));
      // The event was queued in the transaction courses ran for this request...
      const handling = one(
        application,
        "courses' server span",
        (s) => s.kind === SpanKind.server && s.attributes['server.port'] === courses.port,
      );
      expect(childrenOf(application, handling).map((s) => s.attributes['db.query.text'])).toContainEqual(
        expect.stringMatching(/^insert into "courses"."outbox"/),
      );
      // ...and the relay's delivery, a trace of its own, links to that request's context.
      const delivery = one(
        spans,
        'delivery of the application',
        (s) =>
          s.name === 'outbox delivery' &&
          s.attributes['baeumteo.outbox.producer'] === 'courses' &&
          s.links.some((l) => l.traceId === handling.traceId),
      );
      // The notices of the same application go on their own relay, linked the same way.
      one(
        spans,
        'delivery of the notice',
        (s) =>
          s.name === 'outbox delivery' &&
          s.attributes['baeumteo.outbox.producer'] === 'courses-notices' &&
          s.links.some((l) => l.traceId === handling.traceId),
      );
      expect(delivery).toMatchObject({
        kind: SpanKind.producer,
        parentSpanId: undefined,
        attributes: { 'baeumteo.outbox.producer': 'courses' },
      });
      expect(delivery.links).toContainEqual({ traceId: handling.traceId, spanId: handling.spanId });
      const post = one(childrenOf(spans, delivery), 'POST to history', (s) => s.kind === SpanKind.client);
      expect(post.attributes['url.full']).toBe(`${new URL(history.url).origin}/events`);
      const events = one(spans, "history's /events span", (s) => s.parentSpanId === post.spanId);
      expect(events).toMatchObject({
        name: 'POST /events',
        kind: SpanKind.server,
        traceId: delivery.traceId,
      });
      expect(events.attributes['server.port']).toBe(history.port);
      const sql = childrenOf(spans, events).map((s) => s.attributes['db.query.text']);
      expect(sql).toContainEqual(expect.stringMatching(/"history"\./));
    });
    // Variables, tokens and personal fields never reach the collector.
    const exported = receiver.bodies.join('\n');
    for (const secret of [learner.email, learner.password, learner.token, '추적 확인 학습자']) {
      expect(exported).not.toContain(secret);
    }
  });

  it("starts the gateway's own trace for a client's request, linked to the context the client sent", async () => {
    const sent = { traceId: 'a1'.repeat(16), spanId: 'b2'.repeat(8) };
    await platform.query(
      'query TracedByAClient { cities { id } }',
      {},
      { traceparent: `00-${sent.traceId}-${sent.spanId}-01` },
    );

    await eventually((spans) => {
      const gateway = one(
        spans.filter((s) => s.traceId === traceOf(spans, 'TracedByAClient')),
        "the gateway's server span",
        (s) => s.kind === SpanKind.server && s.attributes['server.port'] === portOf(platform.gatewayUrl),
      );
      expect(gateway.traceId).not.toBe(sent.traceId);
      expect(gateway.parentSpanId).toBeUndefined();
      expect(gateway.links).toEqual([sent]);
    });
  });
});
