// Telemetry's switch and what it exports: off without an endpoint (spans are no-ops, nothing is
// sent), on with one (OTLP/HTTP JSON to /v1/traces, named baeumteo-<service> unless
// OTEL_SERVICE_NAME says otherwise); and the traceparent an outbox row keeps, and the link back.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { trace } from '@opentelemetry/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelemetry, tracesEndpointOf } from '../src/telemetry.ts';
import { currentTraceparent, linkTo } from '../src/traceparent.ts';

const received: { path: string; type: string; body: string }[] = [];
const collector = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
  req.on('end', () => {
    received.push({ path: req.url ?? '', type: req.headers['content-type'] ?? '', body });
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
});
let endpoint: string;
beforeAll(async () => {
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => collector.close(() => resolve())));

describe('startTelemetry', () => {
  it('finds the traces endpoint the way the OTLP exporter does', () => {
    expect(tracesEndpointOf({})).toBeUndefined();
    expect(tracesEndpointOf({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' })).toBe(
      'http://collector:4318/v1/traces',
    );
    expect(
      tracesEndpointOf({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://traces:9999/in',
      }),
    ).toBe('http://traces:9999/in');
  });

  it('stays off without an endpoint: spans record nothing and nothing is sent', async () => {
    const telemetry = await startTelemetry('courses', {});
    const span = trace.getTracer('test').startSpan('unseen');
    expect(span.isRecording()).toBe(false);
    span.end();
    await telemetry.flush();
    await telemetry.shutdown();
    expect(received).toEqual([]);
  });

  it('exports spans as OTLP/HTTP JSON, named after the service, or as OTEL_SERVICE_NAME says', async () => {
    for (const [env, name] of [
      [{}, 'baeumteo-courses'],
      [{ OTEL_SERVICE_NAME: 'courses-canary' }, 'courses-canary'],
    ] as const) {
      received.length = 0;
      const telemetry = await startTelemetry('courses', { ...env, OTEL_EXPORTER_OTLP_ENDPOINT: endpoint });
      trace.getTracer('test').startSpan('seen').end();
      await telemetry.flush();
      await telemetry.shutdown();
      expect(received.map(({ path, type }) => ({ path, type }))).toEqual([
        { path: '/v1/traces', type: 'application/json' },
      ]);
      const body = JSON.parse(received[0]?.body ?? '{}');
      const resource = body.resourceSpans[0].resource.attributes;
      expect(resource).toContainEqual({ key: 'service.name', value: { stringValue: name } });
      expect(body.resourceSpans[0].scopeSpans[0].spans[0].name).toBe('seen');
    }
  });
});

describe('the traceparent an outbox row keeps', () => {
  it('is null when nothing is traced, and links to nothing', () => {
    expect(currentTraceparent()).toBeNull();
    expect(linkTo(null)).toEqual([]);
    expect(linkTo('not a traceparent')).toEqual([]);
  });

  it("names the active span's context, and links back to it", async () => {
    const telemetry = await startTelemetry('courses', { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint });
    try {
      const { traceparent, context } = trace.getTracer('test').startActiveSpan('queuing', (span) => {
        span.end();
        return { traceparent: currentTraceparent(), context: span.spanContext() };
      });
      expect(traceparent).toBe(`00-${context.traceId}-${context.spanId}-01`);
      expect(linkTo(traceparent)).toEqual([{ context: { ...context, isRemote: true } }]);
    } finally {
      await telemetry.shutdown();
    }
  });
});
