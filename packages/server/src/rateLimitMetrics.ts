// Rate limits as Prometheus sees them: refusals by limit name, and, when the counts live in
// PostgreSQL, the connections of the store's pool (all, idle, and requests waiting for one).
import type pg from 'pg';
import type { ServiceMetrics } from './metrics.ts';

/** The pools of the rate-limit stores open in each service (tests start several gateways). */
const openPools = new WeakMap<ServiceMetrics, Set<pg.Pool>>();

export function rateLimitMetrics(metrics: ServiceMetrics) {
  const refusals = metrics.counter({
    name: 'baeumteo_rate_limit_refusals_total',
    help: 'Requests refused for exceeding a rate limit, by limit name.',
    labelNames: ['limit'],
  });
  let pools = openPools.get(metrics);
  if (!pools) {
    const live = new Set<pg.Pool>();
    pools = live;
    openPools.set(metrics, live);
    metrics.gauge({
      name: 'baeumteo_rate_limit_pool_connections',
      help: "The PostgreSQL rate-limit store's pool: connections open (total), idle, and requests waiting for one.",
      labelNames: ['state'],
      collect() {
        this.reset();
        if (live.size === 0) return;
        const sum = (count: (pool: pg.Pool) => number) => [...live].reduce((n, pool) => n + count(pool), 0);
        this.set(
          { state: 'total' },
          sum((pool) => pool.totalCount),
        );
        this.set(
          { state: 'idle' },
          sum((pool) => pool.idleCount),
        );
        this.set(
          { state: 'waiting' },
          sum((pool) => pool.waitingCount),
        );
      },
    });
  }
  const watched = pools;
  return {
    refused: (limit: string) => refusals.inc({ limit }),
    /** Exports the pool's connections until the returned function is called (the store stopped). */
    watchPool(pool: pg.Pool): () => void {
      watched.add(pool);
      return () => watched.delete(pool);
    },
  };
}
