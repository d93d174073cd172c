// The outbox relay's statements, each one short transaction under the province tenant (the
// outbox is tenant data under row-level security): claim a batch with a lease, mark it
// delivered (clearing its payload), record a failure (a backoff, or parking), prune.
import { and, asc, inArray, isNotNull, isNull, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { type Db, inTenant } from './db.ts';

/** What the relay needs of an outbox table (packages/contracts defines the one every producer uses). */
export type RelayedTable = PgTable & {
  id: PgColumn;
  payload: PgColumn;
  createdAt: PgColumn;
  deliveredAt: PgColumn;
  claimedUntil: PgColumn;
  attempts: PgColumn;
  lastError: PgColumn;
  parkedAt: PgColumn;
  traceparent: PgColumn;
};

export interface ClaimedRow {
  id: string;
  payload: unknown;
  attempts: number;
  createdAt: Date;
  /** The trace of the transaction that queued it, if it was traced. */
  traceparent: string | null;
}

/** `now()` plus (or minus) some milliseconds, in the database's clock: relays on several hosts agree on it. */
const fromNow = (ms: number): SQL => sql`now() + ${Math.round(ms)} * interval '1 millisecond'`;

export function outboxStore<TSchema extends Record<string, unknown>>(db: Db<TSchema>, outbox: RelayedTable) {
  const asProvince = <T>(work: (tx: Db<TSchema>) => Promise<T>) => inTenant(db, '*', work);
  const pending = and(isNull(outbox.deliveredAt), isNull(outbox.parkedAt));

  return {
    /**
     * Claims up to `limit` of the oldest pending rows no relay holds: SKIP LOCKED lets two relays
     * claim at once without taking the same row, and the lease keeps a claimed row from being
     * claimed again until it runs out (a crashed relay's rows come back then).
     */
    async claim(limit: number, leaseMs: number): Promise<ClaimedRow[]> {
      const rows = (await asProvince((tx) =>
        tx
          .update(outbox)
          .set({ claimedUntil: fromNow(leaseMs) })
          .where(
            inArray(
              outbox.id,
              tx
                .select({ id: outbox.id })
                .from(outbox)
                .where(and(pending, or(isNull(outbox.claimedUntil), lte(outbox.claimedUntil, sql`now()`))))
                .orderBy(asc(outbox.createdAt), asc(outbox.id))
                .limit(limit)
                .for('update', { skipLocked: true }),
            ),
          )
          .returning({
            id: outbox.id,
            payload: outbox.payload,
            attempts: outbox.attempts,
            createdAt: outbox.createdAt,
            traceparent: outbox.traceparent,
          }),
      )) as ClaimedRow[];
      // RETURNING keeps no order: deliver oldest first, as queued.
      return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
    },

    /** Delivered: the payload (a learner's id, a name) is cleared; id, verb, city and times stay. */
    async markDelivered(ids: readonly string[]): Promise<void> {
      if (ids.length === 0) return;
      await asProvince((tx) =>
        tx
          .update(outbox)
          .set({ deliveredAt: sql`now()`, payload: null, claimedUntil: null, lastError: null })
          .where(and(inArray(outbox.id, [...ids]), isNull(outbox.deliveredAt))),
      );
    },

    /** Nobody answered: not the rows' fault; they wait `delayMs` without counting an attempt. */
    async release(ids: readonly string[], delayMs: number): Promise<void> {
      if (ids.length === 0) return;
      await asProvince((tx) =>
        tx
          .update(outbox)
          .set({ claimedUntil: fromNow(delayMs) })
          .where(and(inArray(outbox.id, [...ids]), pending)),
      );
    },

    /** The receiver refused this row: one more attempt, then a retry after `retryInMs`, or parking. */
    async recordFailure(id: string, error: string, park: boolean, retryInMs: number): Promise<void> {
      await asProvince((tx) =>
        tx
          .update(outbox)
          .set({
            attempts: sql`${outbox.attempts} + 1`,
            lastError: error,
            parkedAt: park ? sql`now()` : null,
            claimedUntil: park ? null : fromNow(retryInMs),
          })
          .where(and(inArray(outbox.id, [id]), pending)),
      );
    },

    /** Deletes rows delivered more than `retentionMs` ago; returns how many. */
    async prune(retentionMs: number): Promise<number> {
      const deleted = await asProvince((tx) =>
        tx
          .delete(outbox)
          .where(and(isNotNull(outbox.deliveredAt), lt(outbox.deliveredAt, fromNow(-retentionMs))))
          .returning({ id: outbox.id }),
      );
      return deleted.length;
    },
  };
}

/**
 * The outbox's backlog: rows waiting for delivery, and rows parked (what an operator alerts on;
 * the metrics endpoint can export both).
 */
export async function outboxBacklog<TSchema extends Record<string, unknown>>(
  db: Db<TSchema>,
  outbox: RelayedTable,
): Promise<{ pending: number; parked: number }> {
  const [row] = await db
    .select({
      pending: sql<number>`(count(*) filter (where ${outbox.parkedAt} is null))::int`,
      parked: sql<number>`(count(*) filter (where ${outbox.parkedAt} is not null))::int`,
    })
    .from(outbox)
    .where(isNull(outbox.deliveredAt));
  return { pending: row?.pending ?? 0, parked: row?.parked ?? 0 };
}

/** Puts parked events back in the queue (all, or these ids), for another N attempts; returns how many. */
export async function requeueParked<TSchema extends Record<string, unknown>>(
  db: Db<TSchema>,
  outbox: RelayedTable,
  ids?: readonly string[],
): Promise<number> {
  const requeued = await inTenant(db, '*', (tx) =>
    tx
      .update(outbox)
      .set({ parkedAt: null, attempts: 0, claimedUntil: null })
      .where(
        and(
          isNull(outbox.deliveredAt),
          isNotNull(outbox.parkedAt),
          ids ? inArray(outbox.id, [...ids]) : undefined,
        ),
      )
      .returning({ id: outbox.id }),
  );
  return requeued.length;
}
