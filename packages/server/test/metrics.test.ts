// The metrics every process exports: operation names cannot grow the series without bound, and
// a subgraph fetch's failure is named by its reason.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { serviceMetrics } from '../src/metrics.ts';
import { operationLabeller, operationNameCap, operationRecorder } from '../src/operationMetrics.ts';
import { fetchFailureOf } from '../src/subgraphMetrics.ts';

/** The label sets of one series in the registry's text exposition. */
async function seriesOf(service: string, name: string): Promise<string[]> {
  const text = await serviceMetrics(service).registry.metrics();
  return text.split('\n').filter((line) => line.startsWith(`${name}{`));
}

describe('operation labels', () => {
  it('keep the first names, call the rest "other", and name anonymous operations', () => {
    const label = operationLabeller(2);
    expect([label('CatalogPage'), label('CoursePage'), label('Sneaky1'), label('CatalogPage')]).toEqual([
      'CatalogPage',
      'CoursePage',
      'other',
      'CatalogPage',
    ]);
    expect([label(null), label(undefined), label('')]).toEqual(['anonymous', 'anonymous', 'anonymous']);
    // Not a GraphQL name (a client's free text): never a label of its own.
    expect(label('drop table; --')).toBe('other');
  });

  it('bound the series a client can open with random operation names', async () => {
    const service = `bounded-${randomUUID()}`;
    const record = operationRecorder(serviceMetrics(service));
    for (let i = 0; i < operationNameCap + 500; i++) {
      record({ name: `Random${i}`, status: 200, errorCodes: [], seconds: 0.01 });
    }
    const series = await seriesOf(service, 'baeumteo_graphql_requests_total');
    expect(series).toHaveLength(operationNameCap + 1);
    expect(series.find((s) => s.includes('operation="other"'))).toMatch(/ 500$/);
  });

  it('count an answer by its first error code and every error by its code', async () => {
    const service = `codes-${randomUUID()}`;
    const record = operationRecorder(serviceMetrics(service));
    record({ name: 'SignIn', status: 429, errorCodes: ['RATE_LIMITED'], seconds: 0.002 });
    record({ name: 'SignIn', status: 200, errorCodes: ['UNAUTHENTICATED', 'not a code'], seconds: 0.2 });
    expect(await seriesOf(service, 'baeumteo_graphql_requests_total')).toEqual([
      `baeumteo_graphql_requests_total{operation="SignIn",outcome="RATE_LIMITED",status="429",service="${service}"} 1`,
      `baeumteo_graphql_requests_total{operation="SignIn",outcome="UNAUTHENTICATED",status="200",service="${service}"} 1`,
    ]);
    expect(await seriesOf(service, 'baeumteo_graphql_errors_total')).toEqual([
      `baeumteo_graphql_errors_total{operation="SignIn",code="RATE_LIMITED",service="${service}"} 1`,
      `baeumteo_graphql_errors_total{operation="SignIn",code="UNAUTHENTICATED",service="${service}"} 1`,
      `baeumteo_graphql_errors_total{operation="SignIn",code="INTERNAL_SERVER_ERROR",service="${service}"} 1`,
    ]);
  });
});

describe('subgraph fetch failures', () => {
  it('are named by reason: timeout, unreachable or the HTTP status', () => {
    expect(fetchFailureOf({ status: 200 })).toBeNull();
    expect(fetchFailureOf({ status: 503 })).toBe('http_503');
    expect(fetchFailureOf({ error: new DOMException('late', 'TimeoutError') })).toBe('timeout');
    expect(fetchFailureOf({ error: new TypeError('fetch failed') })).toBe('unreachable');
  });
});
