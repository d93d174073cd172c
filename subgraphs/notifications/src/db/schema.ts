// Tables of the notifications service, in the PostgreSQL schema "notifications".
import type { Locale, NoticeKind } from '@baeumteo/contracts';
import { instant } from '@baeumteo/server/columns';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgSchema, text, unique, uuid } from 'drizzle-orm/pg-core';
import type { ChannelName, DeliveryStatus } from '../channels/channel.ts';
import type { MessageFacts } from '../messages/facts.ts';

export const notificationsSchema = pgSchema('notifications');

/** Where each learner is reached, as learners last said (CONTACT notices). */
export const contacts = notificationsSchema.table('contacts', {
  learnerId: uuid('learner_id').primaryKey(),
  cityId: text('city_id').notNull(),
  name: text('name').notNull(),
  /** null once the account is erased: nothing is sent to it any more. */
  email: text('email'),
  emailVerified: boolean('email_verified').notNull().default(false),
  locale: text('locale').$type<Locale>().notNull(),
  /** When the contact notice this row holds happened: an older one arriving late changes nothing. */
  updatedAt: instant('updated_at').notNull(),
  /**
   * What every email's unsubscribe link carries: it names the learner to notifications alone, and
   * does nothing but stop emails. Random (two v4 UUIDs' worth), made when the contact first arrives.
   */
  unsubscribeToken: text('unsubscribe_token')
    .notNull()
    .unique('contacts_unsubscribe_token_key')
    .default(sql`replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '')`),
});

/**
 * What a learner chose about their messages; none: every kind by every channel they can be
 * reached on, in their account's language.
 */
export const preferences = notificationsSchema.table('preferences', {
  learnerId: uuid('learner_id').primaryKey(),
  /** The language messages come in; null: the account's. */
  locale: text('locale').$type<Locale>(),
  /** The kinds and channels turned off, as "KIND:CHANNEL" (e.g. "ENROLLED:EMAIL"). */
  muted: text('muted').array().notNull().default(sql`'{}'::text[]`),
  updatedAt: instant('updated_at').notNull(),
});

/**
 * One message to one learner: what the notification centre lists. Its id is the notice's, so a
 * notice delivered twice is stored once and sent once.
 */
export const notifications = notificationsSchema.table(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    learnerId: uuid('learner_id').notNull(),
    cityId: text('city_id').notNull(),
    kind: text('kind').$type<NoticeKind>().notNull(),
    /** The course it is about, when it is about one: what a course's reach is counted by. */
    courseId: uuid('course_id'),
    /** What the message says, without the learner's address: rendered per channel and language. */
    facts: jsonb('facts').$type<MessageFacts>().notNull(),
    occurredAt: instant('occurred_at').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    readAt: instant('read_at'),
  },
  (t) => [
    index('notifications_learner_idx').on(t.learnerId, t.occurredAt),
    index('notifications_course_idx').on(t.courseId).where(sql`${t.courseId} is not null`),
  ],
);

/**
 * One channel's delivery of a notification: pending until sent, tried again with backoff after
 * a failure, dead after too many (staff see the dead letters). `dueAt` holds a message for the
 * night, then a retry's backoff; `claimedUntil` is a sender's lease.
 */
export const deliveries = notificationsSchema.table(
  'deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    notificationId: uuid('notification_id')
      .notNull()
      .references(() => notifications.id, { onDelete: 'cascade' }),
    channel: text('channel').$type<ChannelName>().notNull(),
    dueAt: instant('due_at').notNull(),
    claimedUntil: instant('claimed_until'),
    status: text('status').$type<DeliveryStatus>().notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    /** Why the last try failed or was skipped: no address, phone number or message text. */
    lastError: text('last_error'),
    /** When it was sent, given up (DEAD) or found to have nowhere to go (SKIPPED). */
    finishedAt: instant('finished_at'),
    /** The provider's id of the sent message, when it gives one. */
    providerId: text('provider_id'),
  },
  (t) => [
    unique('deliveries_notification_channel_key').on(t.notificationId, t.channel),
    index('deliveries_due_idx').on(t.dueAt).where(sql`${t.status} = 'PENDING'`),
    index('deliveries_dead_idx').on(t.finishedAt).where(sql`${t.status} = 'DEAD'`),
  ],
);

/**
 * A learner's mobile number for KakaoTalk (and SMS where it falls back): optional, given with
 * consent (its time kept), removable, and never shown to staff.
 */
export const phones = notificationsSchema.table('phones', {
  learnerId: uuid('learner_id').primaryKey(),
  /** Digits only, Korean national form (e.g. 01012345678). */
  number: text('number').notNull(),
  consentedAt: instant('consented_at').notNull(),
});

export const tables = { contacts, preferences, notifications, deliveries, phones };

export type NotificationRow = typeof notifications.$inferSelect;
export type ContactRow = typeof contacts.$inferSelect;
export type PreferencesRow = typeof preferences.$inferSelect;
