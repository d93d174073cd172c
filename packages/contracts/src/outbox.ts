// The outbox every producer of learning events keeps in its own schema: one table shape, and the
// one writer that validates each event against the stream's schema before it is queued, in the
// transaction of the change it records. A relay then delivers the pending rows to history.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import {
  index,
  jsonb,
  type PgDatabase,
  type PgQueryResultHKT,
  type PgSchema,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  type EventProducer,
  type eventOwners,
  kindOf,
  learningEventSchema,
  profileEventSchema,
  reasonOf,
  type StreamEvent,
} from './events/stream.ts';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** The outbox table in a producer's schema, e.g. `outboxTable(coursesSchema)`. */
export function outboxTable(schema: PgSchema) {
  return schema.table(
    'outbox',
    {
      id: uuid('id').primaryKey().defaultRandom(),
      /** The event's verb, or PROFILE. */
      verb: text('verb').notNull(),
      /** The tenant the event belongs to (row-level security keys on it); null for PROFILE. */
      cityId: text('city_id'),
      payload: jsonb('payload').$type<StreamEvent>().notNull(),
      createdAt: instant('created_at').notNull().defaultNow(),
      deliveredAt: instant('delivered_at'),
    },
    (t) => [index('outbox_pending_idx').on(t.createdAt).where(sql`${t.deliveredAt} is null`)],
  );
}

export type OutboxTable = ReturnType<typeof outboxTable>;

type Queued<T> = T extends unknown ? Omit<T, 'id' | 'occurredAt'> & { id?: string; occurredAt: Date } : never;

/** An event as a producer queues it: a Date for its time, and an id unless it must be stable. */
export type NewStreamEvent = Queued<StreamEvent>;

/** The kinds of event one service may produce. */
export type KindsOf<P extends EventProducer> = {
  [K in keyof typeof eventOwners]: (typeof eventOwners)[K] extends P ? K : never;
}[keyof typeof eventOwners];

/** What one producer may queue: `NewEventOf<'courses'>` admits no MOVED. */
export type NewEventOf<P extends EventProducer> = Extract<
  NewStreamEvent,
  { verb: KindsOf<P> } | { type: KindsOf<P> }
>;

export class InvalidEventError extends Error {}

/** The wire form of one event, checked against its verb's schema; a producer bug throws. */
export function toStreamEvent(event: NewStreamEvent): StreamEvent {
  const wire = { ...event, id: event.id ?? randomUUID(), occurredAt: event.occurredAt.toISOString() };
  const schema = 'type' in wire && wire.type === 'PROFILE' ? profileEventSchema : learningEventSchema;
  const parsed = schema.safeParse(wire);
  if (!parsed.success) {
    throw new InvalidEventError(
      `refusing to queue a malformed ${kindOf(wire as StreamEvent)} event: ${reasonOf(parsed.error)}`,
    );
  }
  return parsed.data;
}

/** Queues events in the caller's transaction; an event id already queued is kept once. */
export async function writeOutbox<TSchema extends Record<string, unknown>>(
  tx: PgDatabase<PgQueryResultHKT, TSchema>,
  outbox: OutboxTable,
  events: readonly NewStreamEvent[],
): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map(toStreamEvent).map((event) => ({
    id: event.id,
    verb: kindOf(event),
    cityId: 'cityId' in event ? event.cityId : null,
    payload: event,
  }));
  await tx.insert(outbox).values(rows).onConflictDoNothing();
}
