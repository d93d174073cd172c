// The outbox every producer of learning events keeps in its own schema: one table shape, and the
// one writer that validates each event against the stream's schema before it is queued, in the
// transaction of the change it records. A relay then delivers the pending rows to history.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  type PgDatabase,
  type PgQueryResultHKT,
  type PgSchema,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { type Contact, type Notice, parseNotice } from './events/notices.ts';
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

/**
 * The outbox table in a producer's schema, e.g. `outboxTable(coursesSchema)`. A row is pending
 * until delivered; a relay claims it for a while (`claimedUntil`: a lease, or the time of the
 * next try after a failure); an event history keeps refusing is parked after a number of attempts
 * instead of blocking the rows behind it. Once delivered the payload, which names a learner, is
 * cleared: the row keeps its id, verb, city and times until it is pruned.
 */
export function outboxTable(schema: PgSchema, name = 'outbox') {
  return schema.table(
    name,
    {
      id: uuid('id').primaryKey().defaultRandom(),
      /** The event's verb, or PROFILE (a notice's kind, or CONTACT). */
      verb: text('verb').notNull(),
      /** The tenant the event belongs to (row-level security keys on it); null for PROFILE. */
      cityId: text('city_id'),
      /** The event as it goes to history (or the notice to notifications); null once delivered. */
      payload: jsonb('payload').$type<StreamEvent | Notice | Contact>(),
      createdAt: instant('created_at').notNull().defaultNow(),
      deliveredAt: instant('delivered_at'),
      /** Claimed by a relay until then (a lease), or not to be tried again before then (a backoff). */
      claimedUntil: instant('claimed_until'),
      /** Deliveries history refused so far. */
      attempts: integer('attempts').notNull().default(0),
      /** Why the last delivery failed (no payload, no personal data). */
      lastError: text('last_error'),
      /** Set aside after too many refusals: kept, counted, and retried only when requeued. */
      parkedAt: instant('parked_at'),
      /**
       * The W3C traceparent of the transaction that queued it (null when untraced): the relay's
       * delivery links to it, so an event can be followed from the request that caused it.
       */
      traceparent: text('traceparent'),
    },
    (t) => [
      index(`${name}_pending_idx`)
        .on(t.createdAt, t.id)
        .where(sql`${t.deliveredAt} is null and ${t.parkedAt} is null`),
      index(`${name}_delivered_idx`).on(t.deliveredAt).where(sql`${t.deliveredAt} is not null`),
      // Parked events are few and looked at on every metrics scrape and by staff: never a scan.
      index(`${name}_parked_idx`)
        .on(t.parkedAt)
        .where(sql`${t.deliveredAt} is null and ${t.parkedAt} is not null`),
    ],
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

/** Where queued events come from: the trace of the work queuing them (packages/server's currentTraceparent). */
export interface OutboxOrigin {
  traceparent: string | null;
}

/** Queues events in the caller's transaction; an event id already queued is kept once. */
export async function writeOutbox<TSchema extends Record<string, unknown>>(
  tx: PgDatabase<PgQueryResultHKT, TSchema>,
  outbox: OutboxTable,
  events: readonly NewStreamEvent[],
  origin: OutboxOrigin = { traceparent: null },
): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map(toStreamEvent).map((event) => ({
    id: event.id,
    verb: kindOf(event),
    cityId: 'cityId' in event ? event.cityId : null,
    payload: event,
    traceparent: origin.traceparent,
  }));
  await tx.insert(outbox).values(rows).onConflictDoNothing();
}

type QueuedNotice<T> = T extends unknown
  ? Omit<T, 'id' | 'occurredAt'> & { id?: string; occurredAt: Date }
  : never;

/**
 * A notice (or a contact) as a producer queues it for notifications: a Date for its time, and an
 * id when the fact may be detected more than once (a periodic job's): the same id is one message.
 */
export type NewNotice = QueuedNotice<Notice | Contact>;

/** The wire form of one notice, checked against the notice contract; a producer bug throws. */
export function toNotice(notice: NewNotice): Notice | Contact {
  const wire = { ...notice, id: notice.id ?? randomUUID(), occurredAt: notice.occurredAt.toISOString() };
  const parsed = parseNotice(wire);
  if ('reason' in parsed) {
    throw new InvalidEventError(
      `refusing to queue a malformed ${noticeKindOf(wire)} notice: ${parsed.reason}`,
    );
  }
  return 'notice' in parsed ? parsed.notice : parsed.contact;
}

const noticeKindOf = (notice: { kind?: unknown; type?: unknown }) => String(notice.kind ?? notice.type);

/**
 * Queues notices for notifications in the caller's transaction, in a producer's notice outbox
 * (`outboxTable(schema, 'notice_outbox')`), relayed like the learning events.
 */
export async function writeNotices<TSchema extends Record<string, unknown>>(
  tx: PgDatabase<PgQueryResultHKT, TSchema>,
  outbox: OutboxTable,
  notices: readonly NewNotice[],
  origin: OutboxOrigin = { traceparent: null },
): Promise<void> {
  if (notices.length === 0) return;
  const rows = notices.map(toNotice).map((notice) => ({
    id: notice.id,
    verb: noticeKindOf(notice),
    cityId: notice.cityId,
    payload: notice,
    traceparent: origin.traceparent,
  }));
  // A notice id already queued (the same fact found again) is kept once.
  await tx.insert(outbox).values(rows).onConflictDoNothing();
}
