// The outbox relay: delivers a service's queued rows at least once. Each batch is read with
// FOR UPDATE SKIP LOCKED, handed to `deliver`, and marked delivered in the same transaction: a
// crash before the mark sends the batch again, and the receiver stores each id once.
import { asc, inArray, isNull } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { type Db, inTenant } from './db.ts';
import { createLogger } from './logger.ts';

/** What the relay needs of an outbox table (packages/contracts defines the one every producer uses). */
export type RelayedTable = PgTable & {
  id: PgColumn;
  payload: PgColumn;
  createdAt: PgColumn;
  deliveredAt: PgColumn;
};

export interface RelayOptions<TSchema extends Record<string, unknown>> {
  /** Names the relay in logs, e.g. "courses". */
  name: string;
  db: Db<TSchema>;
  outbox: RelayedTable;
  /** Sends one batch of payloads (each with its row's id); throws when the receiver did not take it. */
  deliver: (payloads: unknown[]) => Promise<void>;
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

export function startOutboxRelay<TSchema extends Record<string, unknown>>(
  options: RelayOptions<TSchema>,
): Relay {
  const log = createLogger(`${options.name}-relay`);
  const { outbox } = options;
  const batchSize = options.batchSize ?? 200;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> = Promise.resolve(0);
  let stopped = false;
  let failures = 0;

  async function deliverBatch(): Promise<number> {
    return inTenant(options.db, '*', async (tx) => {
      const rows: { id: unknown; payload: unknown }[] = await tx
        .select({ id: outbox.id, payload: outbox.payload })
        .from(outbox)
        .where(isNull(outbox.deliveredAt))
        .orderBy(asc(outbox.createdAt), asc(outbox.id))
        .limit(batchSize)
        .for('update', { skipLocked: true });
      if (rows.length === 0) return 0;
      await options.deliver(rows.map((r) => ({ ...(r.payload as object), id: r.id })));
      await options.afterSend?.();
      const ids = rows.map((r) => r.id);
      await tx.update(outbox).set({ deliveredAt: new Date() }).where(inArray(outbox.id, ids));
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
          if (failures > 0) log.info('receiver reachable again', { delivered: n });
          failures = 0;
          schedule(options.intervalMs ?? 500);
        },
        (error) => {
          failures++;
          if (failures === 1) log.warn('cannot deliver the outbox yet; retrying', { error: String(error) });
          // Back off up to 10 s while the receiver is down; nothing is lost meanwhile.
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
