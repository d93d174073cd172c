// A producer's outboxes as Prometheus sees them, read when it scrapes: how old the oldest event
// waiting for delivery is (the lag an alert watches), how many wait, and how many are parked; one
// series per outbox (`producer`: the service for its learning events to history, the service and
// "-notices" for its notices to notifications, as the relays are named).
// The reads are short (the pending ones walk the outbox's partial index) and bounded by a time
// limit, so a slow database never holds up a scrape; past it, the series are left out.
import { and, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from './db.ts';
import { createLogger } from './logger.ts';
import type { ServiceMetrics } from './metrics.ts';
import type { RelayedTable } from './outboxStore.ts';

interface OutboxState {
  lagSeconds: number;
  pending: number;
  parked: number;
}

async function readOutbox<TSchema extends Record<string, unknown>>(
  db: Db<TSchema>,
  outbox: RelayedTable,
): Promise<OutboxState> {
  const [pending] = await db
    .select({
      lagSeconds: sql<number>`coalesce(extract(epoch from now() - min(${outbox.createdAt})), 0)::float8`,
      count: sql<number>`count(*)::int`,
    })
    .from(outbox)
    .where(and(isNull(outbox.deliveredAt), isNull(outbox.parkedAt)));
  const [parked] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(outbox)
    .where(and(isNull(outbox.deliveredAt), isNotNull(outbox.parkedAt)));
  return {
    lagSeconds: Number(pending?.lagSeconds ?? 0),
    pending: pending?.count ?? 0,
    parked: parked?.count ?? 0,
  };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export interface WatchedOutbox {
  /** The series' `producer` label. */
  producer: string;
  table: RelayedTable;
}

export function outboxMetrics<TSchema extends Record<string, unknown>>(
  metrics: ServiceMetrics,
  db: Db<TSchema>,
  outboxes: readonly WatchedOutbox[],
  options: { timeoutMs?: number } = {},
): () => void {
  const log = createLogger(metrics.service);
  const timeoutMs = options.timeoutMs ?? 2_000;
  // The three gauges are collected side by side; one read per outbox and scrape answers them all.
  const readers = outboxes.map(({ producer, table }) => {
    let current: { at: number; state: Promise<OutboxState | null> } | undefined;
    let failing = false;
    const read = (): Promise<OutboxState | null> => {
      if (current && Date.now() - current.at < 1_000) return current.state;
      const state = withTimeout(readOutbox(db, table), timeoutMs).then(
        (state) => {
          failing = false;
          return state;
        },
        (error) => {
          // Once per failing stretch: Prometheus asks again every few seconds.
          if (!failing) log.warn('outbox metrics not read', { producer, error: String(error) });
          failing = true;
          return null;
        },
      );
      current = { at: Date.now(), state };
      return state;
    };
    return { producer, read };
  });
  // Labelled by producer, so that a failed read can leave the series out (a gauge without labels
  // always shows a value, and a 0 would read as "all delivered").
  const names: string[] = [];
  const gauge = (name: string, help: string, pick: (state: OutboxState) => number) => {
    names.push(name);
    metrics.gauge({
      name,
      help,
      labelNames: ['producer'],
      async collect() {
        this.reset();
        const states = await Promise.all(readers.map(async (r) => [r.producer, await r.read()] as const));
        for (const [producer, state] of states) if (state) this.set({ producer }, pick(state));
      },
    });
  };
  gauge(
    'baeumteo_outbox_lag_seconds',
    "Age of the outbox's oldest event waiting for delivery, to history or notifications (0 when none waits).",
    (s) => s.lagSeconds,
  );
  gauge('baeumteo_outbox_pending_events', 'Events or notices waiting for delivery.', (s) => s.pending);
  gauge(
    'baeumteo_outbox_parked_events',
    'Events or notices their receiver kept refusing, set aside until an operator requeues them.',
    (s) => s.parked,
  );
  // Stopped with its database: a restarted service registers gauges reading the new one.
  return () => {
    for (const name of names) metrics.registry.removeSingleMetric(name);
  };
}
