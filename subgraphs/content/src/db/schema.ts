// Tables of the content subgraph, in the PostgreSQL schema "content".
import { learningCategoryIds, locales, outboxTable } from '@baeumteo/contracts';
import { enumValues, instant } from '@baeumteo/server/columns';
import { sql } from 'drizzle-orm';
import { check, index, integer, pgSchema, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ContentKind, ContentLevel, LearningCategory, Locale } from '../generated/graphql.ts';

export const contentSchema = pgSchema('content');

// Each enum stores the GraphQL enum of the same name (schema.graphql), checked by enumValues.
export const learningCategory = contentSchema.enum(
  'learning_category',
  enumValues<LearningCategory>()(learningCategoryIds),
);
export const contentKind = contentSchema.enum(
  'content_kind',
  enumValues<ContentKind>()(['VIDEO', 'MOOC', 'YOUTUBE', 'DOCUMENT']),
);
export const contentLevel = contentSchema.enum(
  'content_level',
  enumValues<ContentLevel>()(['BEGINNER', 'INTERMEDIATE', 'ADVANCED']),
);
export const locale = contentSchema.enum('locale', enumValues<Locale>()(locales));

/** The province-wide library. A city's YouTube contents carry that city's id. */
export const contents = contentSchema.table(
  'contents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    titleKo: text('title_ko').notNull(),
    titleEn: text('title_en'),
    titleZh: text('title_zh'),
    titleVi: text('title_vi'),
    descriptionKo: text('description_ko').notNull(),
    descriptionEn: text('description_en'),
    descriptionZh: text('description_zh'),
    descriptionVi: text('description_vi'),
    kind: contentKind('kind').notNull(),
    provider: text('provider').notNull(),
    cityId: text('city_id'),
    durationMinutes: integer('duration_minutes').notNull(),
    level: contentLevel('level').notNull(),
    category: learningCategory('category').notNull(),
    languages: locale('languages').array().notNull(),
    url: text('url').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    /** When a province admin retired it: out of search and featured lists, kept in paths and history. */
    retiredAt: instant('retired_at'),
    /** Who added it through the API, and the idempotency key they gave: the same key returns this content. */
    createdBy: uuid('created_by'),
    idempotencyKey: text('idempotency_key'),
  },
  (t) => [
    index('contents_title_idx').on(t.titleKo, t.id),
    index('contents_category_idx').on(t.category),
    uniqueIndex('contents_idempotency_key').on(t.createdBy, t.idempotencyKey),
  ],
);

export const learningPaths = contentSchema.table('learning_paths', {
  id: uuid('id').primaryKey().defaultRandom(),
  titleKo: text('title_ko').notNull(),
  titleEn: text('title_en'),
  level: contentLevel('level').notNull(),
  position: integer('position').notNull(),
});

export const learningPathSteps = contentSchema.table(
  'learning_path_steps',
  {
    pathId: uuid('path_id')
      .notNull()
      .references(() => learningPaths.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    contentId: uuid('content_id')
      .notNull()
      .references(() => contents.id),
  },
  (t) => [primaryKey({ name: 'learning_path_steps_pkey', columns: [t.pathId, t.position] })],
);

/** How far each learner got in each content: the furthest position, never backwards. */
export const contentProgress = contentSchema.table(
  'content_progress',
  {
    learnerId: uuid('learner_id').notNull(),
    contentId: uuid('content_id')
      .notNull()
      .references(() => contents.id),
    positionSeconds: integer('position_seconds').notNull(),
    completedAt: instant('completed_at'),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    /** The moment the position is paced to: how far the next report may go (rules/progress.ts). */
    pacedAt: instant('paced_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'content_progress_pkey', columns: [t.learnerId, t.contentId] }),
    index('content_progress_learner_idx').on(t.learnerId, t.updatedAt.desc(), t.contentId),
  ],
);

/** Contents a city features on its site, in order. */
export const featuredContents = contentSchema.table(
  'featured_contents',
  {
    cityId: text('city_id').notNull(),
    position: integer('position').notNull(),
    contentId: uuid('content_id')
      .notNull()
      .references(() => contents.id),
  },
  (t) => [primaryKey({ name: 'featured_contents_pkey', columns: [t.cityId, t.position] })],
);

/** Real-time classes a city hosts on a video provider; we keep the seats, not the video. */
export const liveSessions = contentSchema.table(
  'live_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hostCityId: text('host_city_id').notNull(),
    titleKo: text('title_ko').notNull(),
    titleEn: text('title_en'),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    capacity: integer('capacity').notNull(),
    attendeeCount: integer('attendee_count').notNull().default(0),
    /** The provider's room, put into the configured join URL template. */
    room: text('room').notNull(),
    /** Who scheduled it, and the idempotency key they gave: the same key returns this session. */
    createdBy: uuid('created_by'),
    idempotencyKey: text('idempotency_key'),
  },
  (t) => [
    index('live_sessions_ends_idx').on(t.endsAt, t.startsAt),
    uniqueIndex('live_sessions_idempotency_key').on(t.createdBy, t.idempotencyKey),
    check('live_sessions_seats_check', sql`${t.attendeeCount} between 0 and ${t.capacity}`),
  ],
);

/** Who joined which live session: one seat per learner, however often they rejoin. */
export const liveAttendees = contentSchema.table(
  'live_attendees',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => liveSessions.id),
    learnerId: uuid('learner_id').notNull(),
    participant: uuid('participant').notNull().defaultRandom(),
    joinedAt: instant('joined_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'live_attendees_pkey', columns: [t.sessionId, t.learnerId] })],
);

/**
 * Learners who asked to be told when a live session is about to start. `queuedAt`: when the
 * reminder worker queued their LIVE_STARTING notice (once: asking again keeps it).
 */
export const liveReminders = contentSchema.table(
  'live_reminders',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => liveSessions.id),
    learnerId: uuid('learner_id').notNull(),
    requestedAt: instant('requested_at').notNull().defaultNow(),
    queuedAt: instant('queued_at'),
  },
  (t) => [
    primaryKey({ name: 'live_reminders_pkey', columns: [t.sessionId, t.learnerId] }),
    // The worker looks only at reminders not yet queued, session by session.
    index('live_reminders_pending_idx').on(t.sessionId).where(sql`${t.queuedAt} is null`),
  ],
);

/** Learning events for history (PROGRESSED, FINISHED_CONTENT, JOINED_LIVE), in the change's transaction. */
export const outbox = outboxTable(contentSchema);

/** Notices for notifications (LIVE_STARTING), relayed like the learning events. */
export const noticeOutbox = outboxTable(contentSchema, 'notice_outbox');

export type ContentRow = typeof contents.$inferSelect;
export type ContentProgressRow = typeof contentProgress.$inferSelect;
export type LiveSessionRow = typeof liveSessions.$inferSelect;
export type LiveReminderRow = typeof liveReminders.$inferSelect;
export type LearningPathRow = typeof learningPaths.$inferSelect;
export type LearningPathStepRow = typeof learningPathSteps.$inferSelect;

export const tables = {
  contents,
  learningPaths,
  learningPathSteps,
  contentProgress,
  featuredContents,
  liveSessions,
  liveAttendees,
  liveReminders,
  outbox,
  noticeOutbox,
};
