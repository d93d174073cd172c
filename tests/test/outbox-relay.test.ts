// The outbox relay on a real outbox (courses'): claims with a lease, two relays never send the
// same row at once, a crashed relay's lease runs out, an event history keeps refusing is parked
// while the ones behind it flow, an unreachable history parks nothing, and delivered rows lose
// their payload and are pruned after the retention.
import { randomUUID } from 'node:crypto';
import { writeOutbox } from '@baeumteo/contracts';
import { outbox, tables } from '@baeumteo/courses/outbox';
import {
  type Database,
  inTenant,
  outboxBacklog,
  type RelayOptions,
  requeueParked,
  rowsOf,
  startOutboxRelay,
} from '@baeumteo/server';
import { openTestDatabase } from '@baeumteo/server/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

let opened: { close(): Promise<void> } | undefined;
let database: Database<typeof tables>;

beforeAll(async () => {
  const test = await openTestDatabase({
    name: 'courses',
    schema: tables,
    migrationsFolder: new URL('../../subgraphs/courses/migrations', import.meta.url).pathname,
  });
  opened = test;
  database = test.database;
});
afterAll(async () => {
  await opened?.close();
});
beforeEach(() => inTenant(database.db, '*', (tx) => tx.delete(outbox)));

/** Queues `n` APPLIED events in one transaction; returns their ids in queue order (created_at, then id). */
async function queue(n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, () => randomUUID());
  await inTenant(database.db, '*', (tx) =>
    writeOutbox(
      tx,
      outbox,
      ids.map((id, i) => ({
        id,
        verb: 'APPLIED' as const,
        learnerId: randomUUID(),
        cityId: 'suwon',
        residenceCityId: 'suwon',
        courseId: randomUUID(),
        occurredAt: new Date(Date.now() + i),
      })),
    ),
  );
  return ids.sort();
}

const idsOf = (payloads: unknown[]) => payloads.map((p) => (p as { id: string }).id);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function relay(
  deliver: RelayOptions<typeof tables>['deliver'],
  extra: Partial<RelayOptions<typeof tables>> = {},
) {
  return startOutboxRelay({ name: 'test', db: database.db, outbox, deliver, autostart: false, ...extra });
}

async function rows() {
  return rowsOf<{ id: string; payload: unknown; attempts: number; parked: boolean; delivered: boolean }>(
    await database.db.execute(
      sql`select id, payload, attempts, parked_at is not null as parked, delivered_at is not null as delivered from courses.outbox`,
    ),
  );
}

describe('outbox relay', () => {
  it('never sends the same row from two relays at once', async () => {
    const queued = await queue(120);
    const sent: string[] = [];
    const slowReceiver = async (payloads: unknown[]) => {
      sent.push(...idsOf(payloads));
      await pause(20);
    };
    const relays = [relay(slowReceiver, { batchSize: 10 }), relay(slowReceiver, { batchSize: 10 })];
    const delivered = await Promise.all(relays.flatMap((r) => [r.drain(), r.drain(), r.drain()]));
    for (const r of relays) await r.stop();
    expect(delivered.reduce((a, b) => a + b, 0)).toBe(120);
    expect(sent).toHaveLength(120);
    expect(new Set(sent)).toEqual(new Set(queued));
    expect((await rows()).every((r) => r.delivered)).toBe(true);
  });

  it("sends a crashed relay's batch again once its lease runs out", async () => {
    const queued = await queue(3);
    const dying = relay(async () => {}, {
      leaseMs: 300,
      afterSend: async () => {
        throw new Error('killed after sending, before marking the batch sent');
      },
    });
    await expect(dying.drain()).rejects.toThrow('killed');
    const sent: string[] = [];
    const survivor = relay(async (payloads) => void sent.push(...idsOf(payloads)));
    expect(await survivor.drain()).toBe(0); // still leased to the dead relay
    await pause(400);
    expect(await survivor.drain()).toBe(3);
    expect(sent).toEqual(queued);
  });

  it('parks an event history keeps refusing, and the events behind it flow', async () => {
    const [poisoned, ...good] = await queue(6);
    const sent: string[] = [];
    const refusing = relay(
      async (payloads) => {
        if (idsOf(payloads).includes(poisoned as string)) throw new Error('history answered 400 to /events');
        sent.push(...idsOf(payloads));
      },
      { maxAttempts: 3, eventRetry: { baseMs: 1, maxMs: 5 } },
    );
    expect(await refusing.drain()).toBe(5); // the batch is split around the refused event
    expect(sent).toEqual(good);
    for (let i = 0; i < 10 && (await outboxBacklog(database.db, outbox)).parked === 0; i++) {
      await pause(20);
      await refusing.drain();
    }
    expect(await outboxBacklog(database.db, outbox)).toEqual({ pending: 0, parked: 1 });
    const parked = (await rows()).find((r) => r.id === poisoned);
    expect(parked).toMatchObject({ attempts: 3, parked: true, delivered: false });
    const later = await queue(2);
    expect(await refusing.drain()).toBe(2);
    expect(sent.slice(-2)).toEqual(later);
    // An operator puts it back once history is fixed.
    expect(await requeueParked(database.db, outbox)).toBe(1);
    expect(await outboxBacklog(database.db, outbox)).toEqual({ pending: 1, parked: 0 });
    await refusing.stop();
  });

  it('parks nothing while history cannot be reached', async () => {
    await queue(4);
    const down = relay(
      async () => {
        throw new TypeError('fetch failed', {
          cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
        });
      },
      { maxAttempts: 2, relayRetry: { baseMs: 1, maxMs: 2 } },
    );
    for (let i = 0; i < 5; i++) {
      await expect(down.drain()).rejects.toThrow('fetch failed');
      await pause(5);
    }
    expect((await rows()).map((r) => [r.attempts, r.parked])).toEqual(Array(4).fill([0, false]));
    expect(await outboxBacklog(database.db, outbox)).toEqual({ pending: 4, parked: 0 });
  });

  it('clears the payload of delivered rows and prunes them after the retention', async () => {
    const [old, recent] = await queue(2);
    const relayWithRetention = relay(async () => {}, { retentionMs: 7 * 86_400_000 });
    expect(await relayWithRetention.drain()).toBe(2);
    expect((await rows()).map((r) => r.payload)).toEqual([null, null]);
    await inTenant(database.db, '*', (tx) =>
      tx.execute(sql`update courses.outbox set delivered_at = now() - interval '8 days' where id = ${old}`),
    );
    expect(await relayWithRetention.prune()).toBe(1);
    expect((await rows()).map((r) => r.id)).toEqual([recent]);
  });
});
