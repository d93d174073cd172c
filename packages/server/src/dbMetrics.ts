// A service's use of its database connections: the pool it may open, the statements running on
// it right now (near the pool size: requests queue for a connection), and how long statements
// take. postgres.js does not tell how many queries wait for a connection, so no such series is
// made up; in flight close to the pool size is the sign to watch.
import { performance } from 'node:perf_hooks';
import { observeStatements } from './dbStatements.ts';
import { latencyBuckets, type ServiceMetrics } from './metrics.ts';

/** Starts counting the service's statements; returns the function that stops it. */
export function databaseMetrics(metrics: ServiceMetrics, poolSize: number): () => void {
  metrics
    .gauge({
      name: 'baeumteo_db_pool_size',
      help: 'Connections the service may open to its database (1 for embedded PGlite).',
    })
    .set(poolSize);
  const inFlight = metrics.gauge({
    name: 'baeumteo_db_statements_in_flight',
    help: 'SQL statements sent to the database and not answered yet.',
  });
  const duration = metrics.histogram({
    name: 'baeumteo_db_statement_duration_seconds',
    help: 'Time of each SQL statement, from sending it (or queueing it for a connection) to its answer.',
    labelNames: ['outcome'],
    buckets: latencyBuckets,
  });
  return observeStatements(({ service }) => {
    if (service !== metrics.service) return () => {};
    inFlight.inc();
    const started = performance.now();
    return ({ error }) => {
      inFlight.dec();
      duration.observe({ outcome: error ? 'error' : 'ok' }, (performance.now() - started) / 1000);
    };
  });
}
