// Tables of the history subgraph, in the PostgreSQL schema "history".
import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgSchema, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { learningCategories, learningVerbs } from '../rules/events.ts';

export const historySchema = pgSchema('history');

export const learningCategory = historySchema.enum('learning_category', learningCategories);

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Issued certificates; holder name and course title are kept as they were at issue time. */
export const certificates = historySchema.table(
  'certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique('certificates_number_key'),
    learnerId: uuid('learner_id').notNull(),
    holderName: text('holder_name').notNull(),
    courseTitle: text('course_title').notNull(),
    cityId: text('city_id').notNull(),
    courseId: uuid('course_id'),
    category: learningCategory('category').notNull(),
    hours: real('hours').notNull(),
    issuedAt: instant('issued_at').notNull().defaultNow(),
    credential: text('credential').notNull(),
    revokedAt: instant('revoked_at'),
    revocationReason: text('revocation_reason'),
  },
  (t) => [index('certificates_city_learner_idx').on(t.cityId, t.learnerId)],
);

export const learningVerb = historySchema.enum('learning_verb', learningVerbs);

/**
 * One learning history per person: every event from courses, content and learners, stored once
 * by its event id (xAPI-statement shaped in `statement`). Append-only.
 */
export const learningRecords = historySchema.table(
  'learning_records',
  {
    id: uuid('id').primaryKey(),
    learnerId: uuid('learner_id').notNull(),
    verb: learningVerb('verb').notNull(),
    occurredAt: instant('occurred_at').notNull(),
    cityId: text('city_id').notNull(),
    courseId: uuid('course_id'),
    contentId: uuid('content_id'),
    hours: real('hours').notNull().default(0),
    category: learningCategory('category'),
    source: text('source').notNull(),
    statement: jsonb('statement').notNull(),
    receivedAt: instant('received_at').notNull().defaultNow(),
  },
  (t) => [
    index('learning_records_learner_idx').on(t.learnerId, t.occurredAt.desc(), t.id.desc()),
    index('learning_records_city_time_idx').on(t.cityId, t.occurredAt),
  ],
);

/** Events ingestion refused (unknown verb, missing fields), kept for inspection. */
export const deadLetters = historySchema.table('dead_letters', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  receivedAt: instant('received_at').notNull().default(sql`now()`),
  source: text('source').notNull(),
  reason: text('reason').notNull(),
  event: jsonb('event').notNull(),
});

export type CertificateRow = typeof certificates.$inferSelect;
export type LearningRecordRow = typeof learningRecords.$inferSelect;

export const tables = { certificates, learningRecords, deadLetters };
