// Tables of the learners subgraph, in the PostgreSQL schema "learners".
import { locales, outboxTable } from '@baeumteo/contracts';
import { type Db, roles } from '@baeumteo/server';
import { enumValues, instant } from '@baeumteo/server/columns';
import { sql } from 'drizzle-orm';
import { bigserial, index, integer, pgSchema, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { CityKind, Locale, Role } from '../generated/graphql.ts';

export const learnersSchema = pgSchema('learners');

// Each enum stores the GraphQL enum of the same name (schema.graphql), checked by enumValues.
export const cityKind = learnersSchema.enum(
  'city_kind',
  enumValues<CityKind>()(['PROVINCE', 'CITY', 'COUNTY']),
);
export const locale = learnersSchema.enum('locale', enumValues<Locale>()(locales));

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

/** The roles a token carries (@baeumteo/server), as the SDL's Role enum names them. */
export const role = learnersSchema.enum('role', enumValues<Role>()(roles));

/**
 * One account per person, province-wide. Personal fields are the minimum (PIPA): email, name,
 * birth year, locale. A deleted account keeps its id (learning records stay pseudonymized) and
 * loses everything personal.
 */
export const learners = learnersSchema.table(
  'learners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email'),
    passwordHash: text('password_hash'),
    displayName: text('display_name').notNull(),
    birthYear: integer('birth_year'),
    preferredLocale: locale('preferred_locale').notNull().default('KO'),
    /** When the current email was confirmed by a link sent to it; null until then. */
    emailVerifiedAt: instant('email_verified_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
    deletedAt: instant('deleted_at'),
  },
  (t) => [uniqueIndex('learners_email_key').on(sql`lower(${t.email})`)],
);

/** Where a learner lived when; the current residence has no end. */
export const residences = learnersSchema.table(
  'residences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    learnerId: uuid('learner_id')
      .notNull()
      .references(() => learners.id),
    cityId: text('city_id')
      .notNull()
      .references(() => cities.id),
    from: instant('from').notNull().defaultNow(),
    to: instant('to'),
  },
  (t) => [
    index('residences_learner_idx').on(t.learnerId, t.from),
    uniqueIndex('residences_current_key').on(t.learnerId).where(sql`${t.to} is null`),
    index('residences_city_current_idx').on(t.cityId).where(sql`${t.to} is null`),
  ],
);

/** Roles beyond RESIDENT; city set for INSTRUCTOR and CITY_STAFF. */
export const roleGrants = learnersSchema.table(
  'role_grants',
  {
    learnerId: uuid('learner_id')
      .notNull()
      .references(() => learners.id),
    role: role('role').notNull(),
    cityId: text('city_id').references(() => cities.id),
    grantedBy: uuid('granted_by'),
    grantedAt: instant('granted_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('role_grants_key').on(t.learnerId, t.role, sql`coalesce(${t.cityId}, '')`)],
);

/**
 * Sign-in attempts per (account, client) and per client, counted before the password is checked
 * (rules/throttle.ts). The key is a hash: no email or address is stored.
 */
export const signInFailures = learnersSchema.table('sign_in_failures', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  firstFailureAt: instant('first_failure_at').notNull(),
});

/** Why a session ended. */
export const sessionEnd = learnersSchema.enum('session_end', [
  'SIGNED_OUT',
  'SIGNED_OUT_EVERYWHERE',
  'PASSWORD_CHANGED',
  'REFRESH_TOKEN_REUSED',
  'ACCOUNT_DELETED',
  'PASSWORD_RESET',
]);

/** Sign-in sessions: one per signIn or signUp, with an absolute end however often refreshed. */
export const sessions = learnersSchema.table(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    learnerId: uuid('learner_id')
      .notNull()
      .references(() => learners.id),
    startedAt: instant('started_at').notNull().defaultNow(),
    expiresAt: instant('expires_at').notNull(),
    endedAt: instant('ended_at'),
    endReason: sessionEnd('end_reason'),
  },
  (t) => [index('sessions_learner_running_idx').on(t.learnerId).where(sql`${t.endedAt} is null`)],
);

/** Every refresh token a session was given, hashed; each is used once (`used_at`). */
export const refreshTokens = learnersSchema.table(
  'refresh_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    issuedAt: instant('issued_at').notNull().defaultNow(),
    usedAt: instant('used_at'),
  },
  (t) => [index('refresh_tokens_session_idx').on(t.sessionId)],
);

/** Who read or changed which person's data, when and from where. Append-only (trigger). */
export const accessLog = learnersSchema.table(
  'access_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: instant('at').notNull().defaultNow(),
    subjectId: uuid('subject_id').notNull(),
    actorId: uuid('actor_id'),
    actorRole: role('actor_role'),
    action: text('action').notNull(),
    ip: text('ip'),
    correlationId: text('correlation_id'),
  },
  // By time too: entries past the retention are pruned (prune_access_log).
  (t) => [index('access_log_subject_idx').on(t.subjectId, t.at), index('access_log_at_idx').on(t.at)],
);

/** Events for history (MOVED, and PROFILE: a holder's name), written in the same transaction as the change. */
export const outbox = outboxTable(learnersSchema);

/** Contacts and account messages for notifications, written in the same transaction as the change. */
export const noticeOutbox = outboxTable(learnersSchema, 'notice_outbox');

export const emailTokenPurpose = learnersSchema.enum('email_token_purpose', [
  'VERIFY_EMAIL',
  'PASSWORD_RESET',
  'EMAIL_CHANGE',
]);

/**
 * Single-use tokens sent by email: only their SHA-256 is kept. A verification token confirms
 * the address it was sent to (and no other the account has since), a reset token sets a password,
 * an email change token makes the new address it was sent to the account's.
 */
export const emailTokens = learnersSchema.table(
  'email_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    learnerId: uuid('learner_id')
      .notNull()
      .references(() => learners.id),
    purpose: emailTokenPurpose('purpose').notNull(),
    tokenHash: text('token_hash').notNull().unique('email_tokens_hash_key'),
    /** The address it was sent to. */
    email: text('email').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    expiresAt: instant('expires_at').notNull(),
    usedAt: instant('used_at'),
  },
  (t) => [index('email_tokens_learner_idx').on(t.learnerId, t.purpose)],
);

export type CityRow = typeof cities.$inferSelect;
export type LearnerRow = typeof learners.$inferSelect;
export type ResidenceRow = typeof residences.$inferSelect;
export type RoleGrantRow = typeof roleGrants.$inferSelect;
export type AccessLogRow = typeof accessLog.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type SessionEnd = (typeof sessionEnd.enumValues)[number];
export type EmailTokenRow = typeof emailTokens.$inferSelect;
export type EmailTokenPurpose = EmailTokenRow['purpose'];

export const tables = {
  cities,
  learners,
  residences,
  roleGrants,
  signInFailures,
  sessions,
  refreshTokens,
  accessLog,
  outbox,
  noticeOutbox,
  emailTokens,
};

export type LearnersDb = Db<typeof tables>;
