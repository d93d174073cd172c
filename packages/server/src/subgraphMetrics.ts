// The gateway's calls to each subgraph: how long each fetch took, and which failed and why (it
// timed out, nobody answered, or it answered an HTTP error). Gateway-agnostic: whichever gateway
// runs starts a timer before its fetch and ends it with the response or the error.
import { performance } from 'node:perf_hooks';
import { latencyBuckets, type ServiceMetrics } from './metrics.ts';

/** How a fetch ended: the response's status, or what it threw. */
export type FetchResult = { status: number } | { error: unknown };

/** Why a fetch failed, as a label: timeout, unreachable, or http_<status>; null when it did not. */
export function fetchFailureOf(result: FetchResult): string | null {
  if ('status' in result) return result.status >= 400 ? `http_${result.status}` : null;
  const name = (result.error as { name?: unknown } | null)?.name;
  return name === 'TimeoutError' ? 'timeout' : 'unreachable';
}

/** `const done = timer('courses'); … done({ status })` around each subgraph fetch. */
export function subgraphFetchTimer(metrics: ServiceMetrics) {
  const duration = metrics.histogram({
    name: 'baeumteo_subgraph_fetch_duration_seconds',
    help: "The gateway's fetches from each subgraph (its _count is the number of fetches), by subgraph.",
    labelNames: ['subgraph'],
    buckets: latencyBuckets,
  });
  const failures = metrics.counter({
    name: 'baeumteo_subgraph_fetch_failures_total',
    help: "The gateway's failed fetches, by subgraph and reason (timeout, unreachable, http_<status>).",
    labelNames: ['subgraph', 'reason'],
  });
  return (subgraph: string) => {
    const started = performance.now();
    return (result: FetchResult): void => {
      duration.observe({ subgraph }, (performance.now() - started) / 1000);
      const reason = fetchFailureOf(result);
      if (reason) failures.inc({ subgraph, reason });
    };
  };
}
