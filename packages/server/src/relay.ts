// The outbox relay: delivers a service's queued rows at least once, and never holds a database
// transaction across the network. A batch is claimed with a lease in one short transaction, sent
// outside any transaction, and marked delivered in another; a relay that dies in between leaves
// its lease to run out, and the batch is sent again (the receiver stores each id once).
//
// When the receiver cannot be reached (down, hung), no event is to blame: the batch waits and the
// relay backs off with jitter. When it answers with a refusal, the batch is split until the
// refused event is alone; that event is retried with its own backoff and parked after
// `maxAttempts`, so one bad event never blocks the ones behind it.
import type { Db } from './db.ts';
import { inDeliverySpan } from './deliverySpan.ts';
import { createLogger } from './logger.ts';
import { type ClaimedRow, outboxStore, type RelayedTable } from './outboxStore.ts';
import { failureLine, isUnreachable, type RetrySchedule, retryDelayMs } from './retry.ts';

export type { RelayedTable } from './outboxStore.ts';
export { outboxBacklog, requeueParked } from './outboxStore.ts';

const day = 86_400_000;

/** What a deployment configures of its relay (BAEUMTEO_OUTBOX_MAX_ATTEMPTS, BAEUMTEO_OUTBOX_RETENTION_DAYS). */
export interface RelaySettings {
  /** Refusals before an event is parked (10). */
  maxAttempts?: number | undefined;
  /** Delivered rows are deleted after this long (7 days), checked every `pruneEveryMs` (1 h). */
  retentionMs?: number | undefined;
}

export interface RelayOptions<TSchema extends Record<string, unknown>> extends RelaySettings {
  /** Names the relay in logs, e.g. "courses". */
  name: string;
  db: Db<TSchema>;
  outbox: RelayedTable;
  /** Sends one batch of payloads (each with its row's id); throws when the receiver did not take it. */
  deliver: (payloads: unknown[]) => Promise<void>;
  /** How often an idle relay looks for new rows (500 ms). */
  intervalMs?: number;
  batchSize?: number;
  /** How long a claim lasts (60 s): longer than the longest send, shorter than a tolerable delay. */
  leaseMs?: number;
  /** Backoff of a refused event (1 s doubling to 10 min) and of the relay while nobody answers (0.5 s to 10 s). */
  eventRetry?: RetrySchedule;
  relayRetry?: RetrySchedule;
  pruneEveryMs?: number;
  /** Whether a failed send reached nobody (default: network-level failures and timeouts). */
  isUnreachable?: (error: unknown) => boolean;
  /** Fault injection for tests: runs after a batch was sent and before it is marked delivered. */
  afterSend?: () => Promise<void>;
  /** false: deliver only when drain() is called (tests drive the relay by hand). */
  autostart?: boolean;
}

export interface Relay {
  /**
   * Delivers until no claimable row is left; returns how many were delivered. Refused events are
   * rescheduled or parked on the way; rejects when the receiver cannot be reached.
   */
  drain(): Promise<number>;
  /** Deletes rows delivered longer ago than the retention; returns how many. */
  prune(): Promise<number>;
  stop(): Promise<void>;
}

export function startOutboxRelay<TSchema extends Record<string, unknown>>(
  options: RelayOptions<TSchema>,
): Relay {
  const log = createLogger(`${options.name}-relay`);
  const store = outboxStore(options.db, options.outbox);
  const batchSize = options.batchSize ?? 200;
  const leaseMs = options.leaseMs ?? 60_000;
  const maxAttempts = options.maxAttempts ?? 10;
  const eventRetry = options.eventRetry ?? { baseMs: 1_000, maxMs: 600_000 };
  // While the receiver is down: at most 10 s between tries, so events flow soon after it is back.
  const relayRetry = options.relayRetry ?? { baseMs: 500, maxMs: 10_000 };
  const intervalMs = options.intervalMs ?? 500;
  const retentionMs = options.retentionMs ?? 7 * day;
  const pruneEveryMs = options.pruneEveryMs ?? 3_600_000;
  const unreachable = options.isUnreachable ?? isUnreachable;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  let failures = 0;
  let lastPrune = 0;

  /** Sends `rows`; a refused batch is halved until the refused events stand alone. */
  async function send(rows: ClaimedRow[]): Promise<number> {
    try {
      await inDeliverySpan(options.name, rows, () =>
        options.deliver(rows.map((r) => ({ ...(r.payload as object), id: r.id }))),
      );
    } catch (error) {
      if (unreachable(error)) {
        // The receiver is down, not the events: hand the whole batch back at once and let the
        // relay back off. Per-row delays here would deliver rows out of order once it is back.
        await store.release(
          rows.map((r) => r.id),
          0,
        );
        throw error;
      }
      if (rows.length > 1) {
        const half = Math.ceil(rows.length / 2);
        return (await send(rows.slice(0, half))) + (await send(rows.slice(half)));
      }
      await refused(rows[0] as ClaimedRow, error);
      return 0;
    }
    await options.afterSend?.();
    await store.markDelivered(rows.map((r) => r.id));
    return rows.length;
  }

  async function refused(row: ClaimedRow, error: unknown): Promise<void> {
    const attempts = row.attempts + 1;
    const park = attempts >= maxAttempts;
    const reason = failureLine(error);
    await store.recordFailure(row.id, reason, park, retryDelayMs(attempts, eventRetry));
    if (park) log.error('event parked after repeated refusals', { id: row.id, attempts, reason });
    else log.warn('event refused; retrying later', { id: row.id, attempts, reason });
  }

  async function drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const rows = await store.claim(batchSize, leaseMs);
      if (rows.length === 0) return total;
      total += await send(rows);
      if (rows.length < batchSize) return total;
    }
  }

  async function prune(): Promise<number> {
    lastPrune = Date.now();
    const pruned = await store.prune(retentionMs);
    if (pruned > 0) log.info('pruned delivered outbox rows', { pruned });
    return pruned;
  }

  /** Runs never overlap: the timer's and a caller's run one after the other. */
  function serially<T>(work: () => Promise<T>): Promise<T> {
    const next = running.catch(() => {}).then(work);
    running = next;
    return next;
  }

  function schedule(delay: number) {
    if (stopped) return;
    timer = setTimeout(() => {
      serially(async () => {
        const delivered = await drain();
        if (Date.now() - lastPrune >= pruneEveryMs) await prune();
        return delivered;
      }).then(
        (delivered) => {
          if (failures > 0) log.info('receiver reachable again', { delivered });
          failures = 0;
          schedule(intervalMs);
        },
        (error) => {
          failures++;
          if (failures === 1)
            log.warn('cannot deliver the outbox yet; retrying', { error: failureLine(error) });
          schedule(retryDelayMs(failures, relayRetry));
        },
      );
    }, delay);
  }
  if (options.autostart !== false) schedule(0);

  return {
    drain: () => serially(drain),
    prune: () => serially(prune),
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running.catch(() => {});
    },
  };
}
