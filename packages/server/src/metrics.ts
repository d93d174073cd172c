// Prometheus metrics (prom-client): one registry per service, each series labelled with the
// service, Node's process metrics under their standard names, and the /metrics answer. A deployed
// process is one service, so this is one registry per process; tests run the gateway and the four
// subgraphs in one process, and each still answers its own series.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import {
  Counter,
  type CounterConfiguration,
  collectDefaultMetrics,
  Gauge,
  type GaugeConfiguration,
  Histogram,
  type HistogramConfiguration,
  type Metric,
  Registry,
} from 'prom-client';
import type { FileResponse } from './http.ts';

export interface ServiceMetrics {
  service: string;
  registry: Registry;
  /** The counter of this name, created on first use (a module may ask for it more than once). */
  counter<L extends string>(config: Omit<CounterConfiguration<L>, 'registers'>): Counter<L>;
  gauge<L extends string>(config: Omit<GaugeConfiguration<L>, 'registers'>): Gauge<L>;
  histogram<L extends string>(config: Omit<HistogramConfiguration<L>, 'registers'>): Histogram<L>;
}

/** Seconds, for latencies from 5 ms (a cached field) to 10 s (a subgraph's time limit). */
export const latencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const byService = new Map<string, ServiceMetrics>();

export function serviceMetrics(service: string): ServiceMetrics {
  const existing = byService.get(service);
  if (existing) return existing;
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const once = <M extends Metric>(name: string, create: () => M): M =>
    (registry.getSingleMetric(name) as M | undefined) ?? create();
  const metrics: ServiceMetrics = {
    service,
    registry,
    counter: (config) => once(config.name, () => new Counter({ ...config, registers: [registry] })),
    gauge: (config) => once(config.name, () => new Gauge({ ...config, registers: [registry] })),
    histogram: (config) => once(config.name, () => new Histogram({ ...config, registers: [registry] })),
  };
  byService.set(service, metrics);
  return metrics;
}

/** Compares in constant time (hashes first, so the lengths match too). */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

const text = (status: number, body: string, headers: Record<string, string> = {}): FileResponse => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers },
  body,
});

/**
 * GET /metrics in Prometheus's text format. Open like /health unless a token is set
 * (BAEUMTEO_METRICS_TOKEN): then only `Authorization: Bearer <token>` is answered.
 */
export function metricsRoute(metrics: ServiceMetrics, token?: string | undefined) {
  return async (req: IncomingMessage): Promise<FileResponse> => {
    if (token) {
      const given = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      if (!given || !sameSecret(given, token)) {
        return text(401, 'A bearer token is needed for the metrics.\n', { 'www-authenticate': 'Bearer' });
      }
    }
    const body = await metrics.registry.metrics();
    return text(200, body, { 'content-type': metrics.registry.contentType });
  };
}
