// Tables of the content subgraph, in the PostgreSQL schema "content".
import { index, integer, pgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const contentSchema = pgSchema('content');

export const learningCategory = contentSchema.enum('learning_category', [
  'ADULT_LITERACY',
  'ACADEMIC_SUPPLEMENT',
  'VOCATIONAL',
  'CULTURE_ARTS',
  'HUMANITIES',
  'CIVIC_PARTICIPATION',
]);
export const contentKind = contentSchema.enum('content_kind', ['VIDEO', 'MOOC', 'YOUTUBE', 'DOCUMENT']);
export const contentLevel = contentSchema.enum('content_level', ['BEGINNER', 'INTERMEDIATE', 'ADVANCED']);
export const locale = contentSchema.enum('locale', ['KO', 'EN', 'ZH', 'VI']);

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
    kind: contentKind('kind').notNull(),
    provider: text('provider').notNull(),
    cityId: text('city_id'),
    durationMinutes: integer('duration_minutes').notNull(),
    level: contentLevel('level').notNull(),
    category: learningCategory('category').notNull(),
    languages: locale('languages').array().notNull(),
    url: text('url').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('contents_title_idx').on(t.titleKo, t.id), index('contents_category_idx').on(t.category)],
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

export type ContentRow = typeof contents.$inferSelect;
export type LearningPathRow = typeof learningPaths.$inferSelect;
export type LearningPathStepRow = typeof learningPathSteps.$inferSelect;

export const tables = { contents, learningPaths, learningPathSteps };
