// Tables of the learners subgraph, in the PostgreSQL schema "learners".
import { integer, pgSchema, text } from 'drizzle-orm/pg-core';

export const learnersSchema = pgSchema('learners');

export const cityKind = learnersSchema.enum('city_kind', ['PROVINCE', 'CITY', 'COUNTY']);
export const locale = learnersSchema.enum('locale', ['KO', 'EN', 'ZH', 'VI']);

/** Tenants: the province and its 31 cities and counties, with their site skin. */
export const cities = learnersSchema.table('cities', {
  id: text('id').primaryKey(),
  code: text('code').notNull().unique('cities_code_key'),
  nameKo: text('name_ko').notNull(),
  nameEn: text('name_en').notNull(),
  kind: cityKind('kind').notNull(),
  population: integer('population').notNull(),
  siteName: text('site_name').notNull(),
  primaryColor: text('primary_color').notNull(),
  logoUrl: text('logo_url'),
  defaultLocale: locale('default_locale').notNull().default('KO'),
  locales: locale('locales').array().notNull(),
});

export type CityRow = typeof cities.$inferSelect;

export const tables = { cities };
