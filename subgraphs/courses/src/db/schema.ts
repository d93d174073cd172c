// Tables of the courses subgraph, in the PostgreSQL schema "courses". Tenant tables carry
// city_id first in their indexes so they can later be partitioned or distributed by city.
import { learningCategoryIds, outboxTable } from '@baeumteo/contracts';
import { enumValues, instant } from '@baeumteo/server/columns';
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  pgSchema,
  primaryKey,
  real,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  CourseFormat,
  CourseStatus,
  Eligibility,
  EnrollmentStatus,
  LearningCategory,
  SelectionMethod,
  VenueKind,
} from '../generated/graphql.ts';

export const coursesSchema = pgSchema('courses');

// Each enum stores the GraphQL enum of the same name (schema.graphql), checked by enumValues.
export const learningCategory = coursesSchema.enum(
  'learning_category',
  enumValues<LearningCategory>()(learningCategoryIds),
);
export const courseFormat = coursesSchema.enum(
  'course_format',
  enumValues<CourseFormat>()(['OFFLINE', 'ONLINE', 'LIVE', 'BLENDED']),
);
export const selectionMethod = coursesSchema.enum(
  'selection_method',
  enumValues<SelectionMethod>()(['FIRST_COME', 'LOTTERY', 'APPROVAL']),
);
export const eligibility = coursesSchema.enum(
  'eligibility',
  enumValues<Eligibility>()(['CITY_RESIDENTS', 'PROVINCE_RESIDENTS', 'ANYONE']),
);
export const courseStatus = coursesSchema.enum(
  'course_status',
  enumValues<CourseStatus>()(['DRAFT', 'OPEN', 'CLOSED', 'IN_PROGRESS', 'FINISHED', 'CANCELLED']),
);
export const venueKind = coursesSchema.enum(
  'venue_kind',
  enumValues<VenueKind>()([
    'LEARNING_CENTER',
    'NEIGHBORHOOD_CENTER',
    'LIBRARY',
    'SCHOOL',
    'PARTNER',
    'ONLINE',
  ]),
);

export const venues = coursesSchema.table(
  'venues',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cityId: text('city_id').notNull(),
    name: text('name').notNull(),
    kind: venueKind('kind').notNull(),
    address: text('address').notNull(),
    dong: text('dong'),
    /** Who created it, and the idempotency key they gave: the same key returns this venue. */
    createdBy: uuid('created_by'),
    idempotencyKey: text('idempotency_key'),
  },
  (t) => [
    index('venues_city_idx').on(t.cityId, t.name),
    uniqueIndex('venues_idempotency_key').on(t.createdBy, t.idempotencyKey),
  ],
);

export const courses = coursesSchema.table(
  'courses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cityId: text('city_id').notNull(),
    titleKo: text('title_ko').notNull(),
    titleEn: text('title_en'),
    descriptionKo: text('description_ko').notNull(),
    descriptionEn: text('description_en'),
    category: learningCategory('category').notNull(),
    format: courseFormat('format').notNull(),
    venueId: uuid('venue_id').references(() => venues.id),
    capacity: integer('capacity').notNull(),
    seatsTaken: integer('seats_taken').notNull().default(0),
    waitlistCount: integer('waitlist_count').notNull().default(0),
    selection: selectionMethod('selection').notNull(),
    eligibility: eligibility('eligibility').notNull(),
    applicationOpensAt: instant('application_opens_at').notNull(),
    applicationClosesAt: instant('application_closes_at').notNull(),
    // First session's start and last session's end, kept with the sessions for ordering and filters.
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    minAttendanceRate: real('min_attendance_rate').notNull().default(0.8),
    status: courseStatus('status').notNull().default('DRAFT'),
    contentIds: uuid('content_ids').array().notNull().default(sql`'{}'::uuid[]`),
    instructorIds: uuid('instructor_ids').array().notNull().default(sql`'{}'::uuid[]`),
    lotterySeed: text('lottery_seed'),
    lotteryDrawnAt: instant('lottery_drawn_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
    /** Who created it, and the idempotency key they gave: the same key returns this course. */
    createdBy: uuid('created_by'),
    idempotencyKey: text('idempotency_key'),
  },
  (t) => [
    index('courses_city_starts_idx').on(t.cityId, t.startsAt, t.id),
    index('courses_starts_idx').on(t.startsAt, t.id),
    uniqueIndex('courses_idempotency_key').on(t.createdBy, t.idempotencyKey),
    check('courses_capacity_range', sql`${t.capacity} between 1 and 10000`),
    check('courses_seats_range', sql`${t.seatsTaken} between 0 and ${t.capacity}`),
    check('courses_window_order', sql`${t.applicationOpensAt} < ${t.applicationClosesAt}`),
    check('courses_min_attendance_range', sql`${t.minAttendanceRate} between 0 and 1`),
  ],
);

export const classSessions = coursesSchema.table(
  'class_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    format: courseFormat('format').notNull(),
  },
  (t) => [
    index('class_sessions_course_idx').on(t.courseId, t.startsAt),
    check('class_sessions_order', sql`${t.startsAt} < ${t.endsAt}`),
  ],
);

export const enrollmentStatus = coursesSchema.enum(
  'enrollment_status',
  enumValues<EnrollmentStatus>()([
    'PENDING',
    'WAITLISTED',
    'ENROLLED',
    'REJECTED',
    'CANCELLED',
    'COMPLETED',
    'NOT_COMPLETED',
  ]),
);

/** A learner's application to a course and where it stands. city_id is the course's city (tenant). */
export const enrollments = coursesSchema.table(
  'enrollments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cityId: text('city_id').notNull(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id),
    learnerId: uuid('learner_id').notNull(),
    // The learner's residence when they applied: decides residency priority in a lottery.
    residenceCityId: text('residence_city_id'),
    status: enrollmentStatus('status').notNull(),
    waitlistPosition: integer('waitlist_position'),
    appliedAt: instant('applied_at').notNull().defaultNow(),
    decidedAt: instant('decided_at'),
    idempotencyKey: text('idempotency_key'),
    /**
     * The first-session start this seat's day-before reminder was queued for (repo/reminders.ts):
     * the reminder worker skips the seats whose value matches, and a rescheduled first session no
     * longer does, so it is reminded of again.
     */
    remindedFor: instant('reminded_for'),
  },
  (t) => [
    index('enrollments_city_course_idx').on(t.cityId, t.courseId, t.status),
    index('enrollments_learner_idx').on(t.learnerId),
    uniqueIndex('enrollments_active_key')
      .on(t.courseId, t.learnerId)
      .where(sql`${t.status} in ('PENDING', 'WAITLISTED', 'ENROLLED', 'COMPLETED', 'NOT_COMPLETED')`),
    uniqueIndex('enrollments_idempotency_key').on(t.learnerId, t.idempotencyKey),
    check(
      'enrollments_waitlist_position',
      sql`(${t.status} = 'WAITLISTED') = (${t.waitlistPosition} is not null)`,
    ),
  ],
);

/** Presence per session and learner; one row each, the latest record wins. */
export const attendance = coursesSchema.table(
  'attendance',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => classSessions.id),
    enrollmentId: uuid('enrollment_id')
      .notNull()
      .references(() => enrollments.id),
    cityId: text('city_id').notNull(),
    present: boolean('present').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: instant('recorded_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'attendance_pkey', columns: [t.sessionId, t.enrollmentId] }),
    index('attendance_enrollment_idx').on(t.enrollmentId),
  ],
);

/** Learning events for history, written in the same transaction as the change they record. */
export const outbox = outboxTable(coursesSchema);

/** Notices for notifications (what a learner is told), written the same way. */
export const noticeOutbox = outboxTable(coursesSchema, 'notice_outbox');

/**
 * Who read or decided on which learner's applications, when and from where (PIPA): staff and
 * instructors listing applicants, approving, drawing, taking attendance, finishing a course.
 * Append-only (trigger); old entries are removed only by courses.prune_access_log.
 */
export const accessLog = coursesSchema.table(
  'access_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: instant('at').notNull().defaultNow(),
    subjectId: uuid('subject_id').notNull(),
    actorId: uuid('actor_id'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    /** The course acted on, and its city. */
    courseId: uuid('course_id'),
    cityId: text('city_id'),
    ip: text('ip'),
    correlationId: text('correlation_id'),
  },
  (t) => [index('access_log_subject_idx').on(t.subjectId, t.at), index('access_log_at_idx').on(t.at)],
);

/**
 * What a course's staff wrote to its applicants (sendCourseNotice): kept so staff see what was
 * sent, and so a course sends at most a few a day. The text goes to notifications as a notice.
 */
export const courseMessages = coursesSchema.table(
  'course_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id),
    cityId: text('city_id').notNull(),
    sentBy: uuid('sent_by').notNull(),
    message: text('message').notNull(),
    /** The learners it was sent to: those with an active application then. */
    recipients: integer('recipients').notNull(),
    sentAt: instant('sent_at').notNull().defaultNow(),
  },
  (t) => [index('course_messages_course_idx').on(t.courseId, t.sentAt)],
);

export type VenueRow = typeof venues.$inferSelect;
export type CourseRow = typeof courses.$inferSelect;
export type ClassSessionRow = typeof classSessions.$inferSelect;
export type EnrollmentRow = typeof enrollments.$inferSelect;
export type AccessLogRow = typeof accessLog.$inferSelect;
export type CourseMessageRow = typeof courseMessages.$inferSelect;

export const tables = {
  venues,
  courses,
  classSessions,
  enrollments,
  attendance,
  outbox,
  noticeOutbox,
  accessLog,
  courseMessages,
};
export type AttendanceRow = typeof attendance.$inferSelect;
