// Tables of the history subgraph, in the PostgreSQL schema "history".
import { index, pgSchema, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const historySchema = pgSchema('history');

export const learningCategory = historySchema.enum('learning_category', [
  'ADULT_LITERACY',
  'ACADEMIC_SUPPLEMENT',
  'VOCATIONAL',
  'CULTURE_ARTS',
  'HUMANITIES',
  'CIVIC_PARTICIPATION',
]);

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

export type CertificateRow = typeof certificates.$inferSelect;

export const tables = { certificates };
