// Tables of the history subgraph, in the PostgreSQL schema "history".
import { outboxTable } from '@baeumteo/contracts';
import { enumValues, instant } from '@baeumteo/server/columns';
import { sql } from 'drizzle-orm';
import {
  bigserial,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  real,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import type { LearningCategory, LearningVerb } from '../generated/graphql.ts';
import { learningCategories, learningVerbs } from '../rules/verbs.ts';

export const historySchema = pgSchema('history');

// Each enum stores the GraphQL enum of the same name (schema.graphql), checked by enumValues.
export const learningCategory = historySchema.enum(
  'learning_category',
  enumValues<LearningCategory>()(learningCategories),
);

/** Issued certificates; holder name and course title are kept as they were at issue time. */
export const certificates = historySchema.table(
  'certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique('certificates_number_key'),
    learnerId: uuid('learner_id').notNull(),
    holderName: text('holder_name').notNull(),
    courseTitle: text('course_title').notNull(),
    courseTitleEn: text('course_title_en'),
    cityId: text('city_id').notNull(),
    courseId: uuid('course_id'),
    category: learningCategory('category').notNull(),
    hours: real('hours').notNull(),
    issuedAt: instant('issued_at').notNull().defaultNow(),
    credential: text('credential').notNull(),
    revokedAt: instant('revoked_at'),
    revocationReason: text('revocation_reason'),
    /** The COMPLETED record it certifies: one certificate per completion. */
    recordId: uuid('record_id').unique('certificates_record_key'),
    /**
     * What shows the whole certificate to whoever holds it (80 random bits, rules/verificationCode.ts):
     * the QR code's address carries it; only the holder, the issuing city's staff and province admins read it.
     */
    verificationCode: text('verification_code').notNull(),
    /**
     * The credential's subject: a random id per certificate, so that two credentials of one person
     * cannot be linked by their subject (a learner id would link them all).
     */
    subjectId: uuid('subject_id').notNull().defaultRandom(),
  },
  (t) => [
    index('certificates_city_learner_idx').on(t.cityId, t.learnerId),
    index('certificates_learner_idx').on(t.learnerId, t.issuedAt),
  ],
);

/** The last serial number issued per year and city: numbers are GG-<year>-<city code>-<serial>. */
export const certificateSerials = historySchema.table(
  'certificate_serials',
  {
    year: integer('year').notNull(),
    cityId: text('city_id').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.cityId] })],
);

/**
 * Holders' names as learners last reported them (PROFILE events), so that a certificate carries
 * the name as it was at issue time without history reaching into learners' database.
 */
export const holders = historySchema.table('holders', {
  learnerId: uuid('learner_id').primaryKey(),
  name: text('name').notNull(),
  updatedAt: instant('updated_at').notNull(),
});

export const learningVerb = historySchema.enum('learning_verb', enumValues<LearningVerb>()(learningVerbs));

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
    /** Where the learner lived when it happened: statistics count residents of each city. */
    residenceCityId: text('residence_city_id'),
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
    index('learning_records_time_idx').on(t.occurredAt),
  ],
);

/** A year of days (Korea time) as a bit string: bit n is day n of the year (0 = 1 January). */
const yearOfDays = customType<{ data: string; driverData: string }>({ dataType: () => 'bit(366)' });

/**
 * The statistics rollup, kept in the ingestion transaction. Per resident city, year and learner,
 * the days the learner was active: "distinct learners in a period" is one bitwise test per
 * learner and year, whatever the period.
 */
export const learnerYears = historySchema.table(
  'learner_years',
  {
    residenceCityId: text('residence_city_id').notNull(),
    year: integer('year').notNull(),
    learnerId: uuid('learner_id').notNull(),
    days: yearOfDays('days').notNull(),
  },
  (t) => [primaryKey({ columns: [t.residenceCityId, t.year, t.learnerId] })],
);

/** Per resident city and day (Korea time): the sums statistics add up. */
export const cityDays = historySchema.table(
  'city_days',
  {
    residenceCityId: text('residence_city_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    enrollments: integer('enrollments').notNull().default(0),
    completions: integer('completions').notNull().default(0),
    notCompleted: integer('not_completed').notNull().default(0),
    hours: real('hours').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.residenceCityId, t.day] })],
);

/**
 * Per resident city, learning category and day (Korea time): what was judged and credited in each
 * category, for completion rates and hours by category.
 */
export const categoryDays = historySchema.table(
  'category_days',
  {
    residenceCityId: text('residence_city_id').notNull(),
    category: learningCategory('category').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    completions: integer('completions').notNull().default(0),
    notCompleted: integer('not_completed').notNull().default(0),
    hours: real('hours').notNull().default(0),
    /** Records that credited hours: hours behind fewer than 5 of them are not shown. */
    credited: integer('credited').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.residenceCityId, t.category, t.day] })],
);

/**
 * Who read or changed a person's history who is not that person (an admin reading a transcript,
 * staff downloading a certificate they issued, a revocation). Append-only.
 */
export const accessLog = historySchema.table(
  'access_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: instant('at').notNull().defaultNow(),
    subjectId: uuid('subject_id').notNull(),
    actorId: uuid('actor_id'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    ip: text('ip'),
    correlationId: text('correlation_id'),
  },
  // By time too: entries past the retention are pruned (prune_access_log).
  (t) => [index('access_log_subject_idx').on(t.subjectId, t.at), index('access_log_at_idx').on(t.at)],
);

/** Events ingestion refused (unknown verb, missing fields), kept for inspection. */
export const deadLetters = historySchema.table('dead_letters', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  receivedAt: instant('received_at').notNull().default(sql`now()`),
  source: text('source').notNull(),
  reason: text('reason').notNull(),
  event: jsonb('event').notNull(),
});

/**
 * What learners are told of their certificates (CERTIFICATE_ISSUED), queued in the transaction that
 * issues them and relayed to notifications like the other producers' notices.
 */
export const noticeOutbox = outboxTable(historySchema, 'notice_outbox');

export type CertificateRow = typeof certificates.$inferSelect;
export type LearningRecordRow = typeof learningRecords.$inferSelect;

export type HolderRow = typeof holders.$inferSelect;
export type AccessLogRow = typeof accessLog.$inferSelect;

export const tables = {
  certificates,
  certificateSerials,
  holders,
  learningRecords,
  learnerYears,
  cityDays,
  accessLog,
  deadLetters,
  noticeOutbox,
};
