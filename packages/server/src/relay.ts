// The outbox relay: delivers a subgraph's learning events to history at least once. Each batch
// is read with FOR UPDATE SKIP LOCKED, sent, and marked delivered in the same transaction: a
// crash before the mark sends the batch again, and history stores each event id once.
import { asc, inArray, isNull } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { type Db, inTenant } from './db.ts';
import { createLogger } from './logger.ts';
import { gatewaySecretHeader } from './subgraph.ts';

/** An outbox table: every relaying subgraph has one with these columns. */
export type OutboxTable = PgTable & {
  id: PgColumn;
  payload: PgColumn;
  createdAt: PgColumn;
  deliveredAt: PgColumn;
};

export interface RelayOptions {
  /** The sending subgraph, recorded by history as the events' source. */
  source: string;
  // biome-ignore lint/suspicious/noExplicitAny: any subgraph's database
  db: Db<any>;
  outbox: OutboxTable;
  /** history's ingestion endpoint, e.g. http://localhost:4004/events */
  targetUrl: string;
  secret: string;
  intervalMs?: number;
  batchSize?: number;
  /** Fault injection for tests: runs after a batch was sent and before it is marked delivered. */
  afterSend?: () => Promise<void>;
  /** false: deliver only when drain() is called (tests drive the relay by hand). */
  autostart?: boolean;
}

export interface Relay {
  /** Delivers until the outbox is empty (or a delivery fails); returns how many were delivered. */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

export function startOutboxRelay(options: RelayOptions): Relay {
  const log = createLogger(`${options.source}-relay`);
  const { outbox } = options;
  const batchSize = options.batchSize ?? 200;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> = Promise.resolve(0);
  let stopped = false;
  let failures = 0;

  async function deliverBatch(): Promise<number> {
    return inTenant(options.db, '*', async (tx) => {
      const rows = (await tx
        .select({ id: outbox.id, payload: outbox.payload })
        .from(outbox)
        .where(isNull(outbox.deliveredAt))
        .orderBy(asc(outbox.createdAt), asc(outbox.id))
        .limit(batchSize)
        .for('update', { skipLocked: true })) as { id: string; payload: Record<string, unknown> }[];
      if (rows.length === 0) return 0;
      const response = await fetch(options.targetUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [gatewaySecretHeader]: options.secret },
        body: JSON.stringify({
          source: options.source,
          events: rows.map((r) => ({ ...r.payload, id: r.id })),
        }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`history answered ${response.status}`);
      await options.afterSend?.();
      await tx
        .update(outbox)
        .set({ deliveredAt: new Date() } as never) // both outboxes call the column deliveredAt
        .where(
          inArray(
            outbox.id,
            rows.map((r) => r.id),
          ),
        );
      return rows.length;
    });
  }

  async function drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const delivered = await deliverBatch();
      total += delivered;
      if (delivered < batchSize) return total;
    }
  }

  /** Drains never overlap: the timer's and a caller's run one after the other. */
  function serially(): Promise<number> {
    const next = running.catch(() => {}).then(drain);
    running = next;
    return next;
  }

  function schedule(delay: number) {
    if (stopped) return;
    timer = setTimeout(() => {
      serially().then(
        (n) => {
          if (failures > 0) log.info('history reachable again', { delivered: n });
          failures = 0;
          schedule(options.intervalMs ?? 500);
        },
        (error) => {
          failures++;
          if (failures === 1)
            log.warn('cannot deliver learning events yet; retrying', { error: String(error) });
          // Back off up to 10 s while history is down; nothing is lost meanwhile.
          schedule(Math.min(10_000, (options.intervalMs ?? 500) * 2 ** Math.min(failures, 5)));
        },
      );
    }, delay);
  }
  if (options.autostart !== false) schedule(0);

  return {
    drain: serially,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running.catch(() => {});
    },
  };
}

/** The relay a subgraph runs beside its server when it knows where history is; none otherwise. */
export function outboxRelays(
  source: string,
  // biome-ignore lint/suspicious/noExplicitAny: any subgraph's database
  db: Db<any>,
  outbox: OutboxTable,
  options: { historyEventsUrl?: string | undefined; secret: string },
): Relay[] {
  if (!options.historyEventsUrl) return [];
  return [
    startOutboxRelay({ source, db, outbox, targetUrl: options.historyEventsUrl, secret: options.secret }),
  ];
}
