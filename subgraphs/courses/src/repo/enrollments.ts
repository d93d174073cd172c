// Data access for enrollments. Every change runs in one transaction under the course's city
// as tenant, holds the course row lock (so seats and waitlist positions change in order) and
// queues its learning events in the same transaction.
import {
  inTenant,
  isUuid,
  keysetAfter,
  type PageRequest,
  rowsOf,
  stableUuid,
  uniqueViolation,
} from '@baeumteo/server';
import { and, asc, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import { attendance, type CourseRow, courses, type EnrollmentRow, enrollments } from '../db/schema.ts';
import type { CoursesDb } from './courses.ts';
import { type LearningEvent, queueEvents } from './outbox.ts';

export type EnrollmentStatus = EnrollmentRow['status'];
export const activeStatuses: EnrollmentStatus[] = [
  'PENDING',
  'WAITLISTED',
  'ENROLLED',
  'COMPLETED',
  'NOT_COMPLETED',
];

export class AlreadyAppliedError extends Error {}

const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/** Locks the course row: enrollment changes of one course happen one after another. */
async function lockCourse(tx: CoursesDb, courseId: string): Promise<void> {
  await tx.execute(sql`select 1 from courses.courses where id = ${courseId} for update`);
}

export function enrollmentCursor(e: EnrollmentRow): [string, string] {
  return [e.appliedAt.toISOString(), e.id];
}

export function enrollmentsRepo(db: CoursesDb) {
  const byId = async (id: string) =>
    (await db.select().from(enrollments).where(eq(enrollments.id, id)))[0] ?? null;

  return {
    byIds(ids: readonly string[]): Promise<EnrollmentRow[]> {
      const valid = ids.filter(isUuid);
      if (valid.length === 0) return Promise.resolve([]);
      return db.select().from(enrollments).where(inArray(enrollments.id, valid));
    },

    /** The cities whose courses each learner applied to, whatever became of the application. */
    appliedCities(learnerIds: readonly string[]) {
      return db
        .selectDistinct({ learnerId: enrollments.learnerId, cityId: enrollments.cityId })
        .from(enrollments)
        .where(inArray(enrollments.learnerId, learnerIds.filter(isUuid)));
    },

    ofLearners(learnerIds: readonly string[]): Promise<EnrollmentRow[]> {
      return db
        .select()
        .from(enrollments)
        .where(inArray(enrollments.learnerId, learnerIds.filter(isUuid)))
        .orderBy(desc(enrollments.appliedAt), desc(enrollments.id));
    },

    /** One learner's enrollments in many courses (Course.myEnrollment), newest first. */
    ofLearnerIn(learnerId: string, courseIds: readonly string[]): Promise<EnrollmentRow[]> {
      return db
        .select()
        .from(enrollments)
        .where(
          and(eq(enrollments.learnerId, learnerId), inArray(enrollments.courseId, courseIds.filter(isUuid))),
        )
        .orderBy(desc(enrollments.appliedAt));
    },

    async page(courseId: string, status: EnrollmentStatus | null | undefined, page: PageRequest) {
      const where = and(
        eq(enrollments.courseId, courseId),
        status ? eq(enrollments.status, status) : undefined,
      );
      const after = keysetAfter(
        page.after,
        { sort: enrollments.appliedAt, id: enrollments.id },
        'timestamptz',
      );
      const [rows, [count]] = await Promise.all([
        db
          .select()
          .from(enrollments)
          .where(and(where, after))
          .orderBy(asc(enrollments.appliedAt), asc(enrollments.id))
          .limit(page.limit + 1),
        db.select({ n: sql<number>`count(*)::int` }).from(enrollments).where(where),
      ]);
      return { rows, totalCount: count?.n ?? 0 };
    },

    async byIdempotencyKey(learnerId: string, key: string): Promise<EnrollmentRow | null> {
      const [row] = await db
        .select()
        .from(enrollments)
        .where(and(eq(enrollments.learnerId, learnerId), eq(enrollments.idempotencyKey, key)));
      return row ?? null;
    },

    async active(courseId: string, learnerId: string): Promise<EnrollmentRow | null> {
      const [row] = await db
        .select()
        .from(enrollments)
        .where(
          and(
            eq(enrollments.courseId, courseId),
            eq(enrollments.learnerId, learnerId),
            inArray(enrollments.status, activeStatuses),
          ),
        );
      return row ?? null;
    },

    /**
     * Applies a learner. FIRST_COME takes a seat or the next waitlist position in one statement
     * that locks the course row: whatever the concurrency, never more ENROLLED than capacity and
     * positions 1..n. LOTTERY and APPROVAL applicants wait as PENDING.
     */
    async apply(
      course: CourseRow,
      learner: { id: string; residenceCityId: string | null },
      idempotencyKey: string | null,
      now = new Date(),
    ): Promise<EnrollmentRow | null> {
      try {
        const id = await inTenant(db, course.cityId, async (tx) => {
          const decided =
            course.selection === 'FIRST_COME'
              ? sql`seats_taken < capacity`
              : sql`false and seats_taken < capacity`; // PENDING: neither seat nor waitlist yet
          const pending = course.selection !== 'FIRST_COME';
          const result = await tx.execute(sql`
            with c as (
              select id, city_id, seats_taken, waitlist_count, ${decided} as seat
              from courses.courses
              where id = ${course.id} and status = 'OPEN'
                and application_opens_at <= ${at(now)} and ${at(now)} < application_closes_at
              for update
            ), counted as (
              update courses.courses set
                seats_taken = c.seats_taken + c.seat::int,
                waitlist_count = c.waitlist_count + (not c.seat and not ${pending})::int
              from c where courses.courses.id = c.id
            )
            insert into courses.enrollments
              (city_id, course_id, learner_id, residence_city_id, status, waitlist_position, idempotency_key, applied_at)
            select c.city_id, c.id, ${learner.id}, ${learner.residenceCityId},
              (case when c.seat then 'ENROLLED' when ${pending} then 'PENDING' else 'WAITLISTED' end)::courses.enrollment_status,
              case when c.seat or ${pending} then null else c.waitlist_count + 1 end,
              ${idempotencyKey},
              -- Taken after the course lock, so waitlist order is application order; milliseconds,
              -- as a JavaScript Date (and so a page cursor) holds them.
              date_trunc('milliseconds', clock_timestamp())
            from c
            returning id, status`);
          const [row] = rowsOf<{ id: string; status: EnrollmentStatus }>(result);
          if (!row) return null;
          const base = {
            learnerId: learner.id,
            residenceCityId: learner.residenceCityId,
            courseId: course.id,
            cityId: course.cityId,
            occurredAt: now,
          };
          const events: LearningEvent[] = [{ ...base, verb: 'APPLIED' }];
          if (row.status === 'ENROLLED' || row.status === 'WAITLISTED')
            events.push({ ...base, verb: row.status });
          await queueEvents(tx, events);
          return row.id;
        });
        return id ? byId(id) : null;
      } catch (error) {
        if (uniqueViolation(error) !== null) throw new AlreadyAppliedError();
        throw error;
      }
    },

    /** Cancels; a freed seat goes to the first waitlisted learner and positions close up. */
    async cancel(enrollment: EnrollmentRow, now = new Date()): Promise<EnrollmentRow> {
      await inTenant(db, enrollment.cityId, async (tx) => {
        await lockCourse(tx, enrollment.courseId);
        const [current] = await tx.select().from(enrollments).where(eq(enrollments.id, enrollment.id));
        if (!current || !['PENDING', 'WAITLISTED', 'ENROLLED'].includes(current.status)) return;
        await tx
          .update(enrollments)
          .set({ status: 'CANCELLED', waitlistPosition: null, decidedAt: now })
          .where(eq(enrollments.id, current.id));
        const base = { courseId: current.courseId, cityId: current.cityId, occurredAt: now };
        const events: LearningEvent[] = [
          {
            ...base,
            learnerId: current.learnerId,
            residenceCityId: current.residenceCityId,
            verb: 'CANCELLED',
          },
        ];
        if (current.status === 'ENROLLED') {
          const [promoted] = await tx
            .update(enrollments)
            .set({ status: 'ENROLLED', waitlistPosition: null, decidedAt: now })
            .where(
              and(
                eq(enrollments.courseId, current.courseId),
                eq(enrollments.status, 'WAITLISTED'),
                eq(enrollments.waitlistPosition, 1),
              ),
            )
            .returning();
          if (promoted) {
            events.push({
              ...base,
              learnerId: promoted.learnerId,
              residenceCityId: promoted.residenceCityId,
              verb: 'ENROLLED',
            });
            await closeUpWaitlist(tx, current.courseId, 0);
          } else {
            await tx
              .update(courses)
              .set({ seatsTaken: sql`${courses.seatsTaken} - 1` })
              .where(eq(courses.id, current.courseId));
          }
        } else if (current.status === 'WAITLISTED') {
          await closeUpWaitlist(tx, current.courseId, current.waitlistPosition ?? 0);
        }
        await queueEvents(tx, events);
      });
      return (await byId(enrollment.id)) as EnrollmentRow;
    },

    /** Draws a LOTTERY course: the first `seats` of the drawn order are enrolled, the rest wait in order. */
    async drawLottery(
      course: CourseRow,
      seed: string,
      order: { id: string; learnerId: string; residenceCityId: string | null }[],
      now = new Date(),
    ) {
      await inTenant(db, course.cityId, async (tx) => {
        await lockCourse(tx, course.id);
        const seats = Math.max(0, course.capacity - course.seatsTaken);
        const events: LearningEvent[] = [];
        for (const [i, applicant] of order.entries()) {
          const enrolled = i < seats;
          await tx
            .update(enrollments)
            .set({
              status: enrolled ? 'ENROLLED' : 'WAITLISTED',
              waitlistPosition: enrolled ? null : i - seats + 1,
              decidedAt: now,
            })
            .where(and(eq(enrollments.id, applicant.id), eq(enrollments.status, 'PENDING')));
          events.push({
            verb: enrolled ? 'ENROLLED' : 'WAITLISTED',
            learnerId: applicant.learnerId,
            residenceCityId: applicant.residenceCityId,
            courseId: course.id,
            cityId: course.cityId,
            occurredAt: now,
          });
        }
        const enrolledCount = Math.min(seats, order.length);
        await tx
          .update(courses)
          .set({
            seatsTaken: sql`${courses.seatsTaken} + ${enrolledCount}`,
            waitlistCount: sql`${courses.waitlistCount} + ${order.length - enrolledCount}`,
            lotterySeed: seed,
            lotteryDrawnAt: now,
            status: course.status === 'OPEN' ? 'CLOSED' : course.status,
          })
          .where(eq(courses.id, course.id));
        await queueEvents(tx, events);
      });
    },

    ofCourseAndLearners(courseId: string, learnerIds: readonly string[]): Promise<EnrollmentRow[]> {
      return db
        .select()
        .from(enrollments)
        .where(
          and(eq(enrollments.courseId, courseId), inArray(enrollments.learnerId, learnerIds.filter(isUuid))),
        );
    },

    ofCourseAndStatus(courseId: string, status: EnrollmentStatus): Promise<EnrollmentRow[]> {
      return db
        .select()
        .from(enrollments)
        .where(and(eq(enrollments.courseId, courseId), eq(enrollments.status, status)));
    },

    pendingOf(courseId: string) {
      return db
        .select({
          id: enrollments.id,
          learnerId: enrollments.learnerId,
          residenceCityId: enrollments.residenceCityId,
        })
        .from(enrollments)
        .where(and(eq(enrollments.courseId, courseId), eq(enrollments.status, 'PENDING')));
    },

    /** Approves (taking a seat only if one is left) or rejects a PENDING applicant. */
    async decide(
      enrollment: EnrollmentRow,
      approve: boolean,
      now = new Date(),
    ): Promise<'DONE' | 'FULL' | 'NOT_PENDING'> {
      return inTenant(db, enrollment.cityId, async (tx) => {
        await lockCourse(tx, enrollment.courseId);
        const [current] = await tx.select().from(enrollments).where(eq(enrollments.id, enrollment.id));
        if (current?.status !== 'PENDING') return 'NOT_PENDING';
        if (approve) {
          const seat = await tx
            .update(courses)
            .set({ seatsTaken: sql`${courses.seatsTaken} + 1` })
            .where(and(eq(courses.id, current.courseId), sql`${courses.seatsTaken} < ${courses.capacity}`))
            .returning({ id: courses.id });
          if (seat.length === 0) return 'FULL';
        }
        await tx
          .update(enrollments)
          .set({ status: approve ? 'ENROLLED' : 'REJECTED', decidedAt: now })
          .where(eq(enrollments.id, current.id));
        if (approve) {
          await queueEvents(tx, [
            {
              verb: 'ENROLLED',
              learnerId: current.learnerId,
              residenceCityId: current.residenceCityId,
              courseId: current.courseId,
              cityId: current.cityId,
              occurredAt: now,
            },
          ]);
        }
        return 'DONE';
      });
    },

    /** Records a sheet of presences for one session; one ATTENDED event per learner and session. */
    async recordAttendance(
      course: CourseRow,
      sessionId: string,
      entries: { enrollment: EnrollmentRow; present: boolean }[],
      recordedBy: string,
      now = new Date(),
    ): Promise<void> {
      await inTenant(db, course.cityId, async (tx) => {
        for (const { enrollment, present } of entries) {
          await tx
            .insert(attendance)
            .values({
              sessionId,
              enrollmentId: enrollment.id,
              cityId: course.cityId,
              present,
              recordedBy,
              recordedAt: now,
            })
            .onConflictDoUpdate({
              target: [attendance.sessionId, attendance.enrollmentId],
              set: { present, recordedBy, recordedAt: now },
            });
        }
        await queueEvents(
          tx,
          entries
            .filter((e) => e.present)
            .map(({ enrollment }) => ({
              id: stableUuid('ATTENDED', sessionId, enrollment.id),
              verb: 'ATTENDED' as const,
              learnerId: enrollment.learnerId,
              residenceCityId: enrollment.residenceCityId,
              courseId: course.id,
              cityId: course.cityId,
              sessionId,
              occurredAt: now,
            })),
        );
      });
    },

    attendedCounts(enrollmentIds: readonly string[]) {
      return db
        .select({ key: attendance.enrollmentId, n: sql<number>`count(*)::int` })
        .from(attendance)
        .where(
          and(inArray(attendance.enrollmentId, enrollmentIds.filter(isUuid)), eq(attendance.present, true)),
        )
        .groupBy(attendance.enrollmentId);
    },

    /** Judges every ENROLLED learner and finishes the course, in one transaction. */
    async finish(
      course: CourseRow,
      verdicts: { enrollment: EnrollmentRow; status: 'COMPLETED' | 'NOT_COMPLETED' }[],
      hours: number,
      now = new Date(),
    ): Promise<boolean> {
      return inTenant(db, course.cityId, async (tx) => {
        const finished = await tx
          .update(courses)
          .set({ status: 'FINISHED' })
          .where(and(eq(courses.id, course.id), inArray(courses.status, ['OPEN', 'CLOSED', 'IN_PROGRESS'])))
          .returning({ id: courses.id });
        if (finished.length === 0) return false;
        for (const status of ['COMPLETED', 'NOT_COMPLETED'] as const) {
          const ids = verdicts.filter((v) => v.status === status).map((v) => v.enrollment.id);
          if (ids.length === 0) continue;
          await tx
            .update(enrollments)
            .set({ status, decidedAt: now })
            .where(and(inArray(enrollments.id, ids), eq(enrollments.status, 'ENROLLED')));
        }
        await queueEvents(
          tx,
          verdicts.map(({ enrollment, status }) => ({
            verb: status,
            learnerId: enrollment.learnerId,
            residenceCityId: enrollment.residenceCityId,
            courseId: course.id,
            cityId: course.cityId,
            occurredAt: now,
            // What a certificate prints: the course as it is now, at completion.
            ...(status === 'COMPLETED'
              ? {
                  hours,
                  category: course.category,
                  courseTitle: course.titleKo,
                  courseTitleEn: course.titleEn,
                }
              : {}),
          })),
        );
        return true;
      });
    },

    /** Cancels a course and every open application of it. */
    async cancelCourse(course: CourseRow, now = new Date()): Promise<boolean> {
      return inTenant(db, course.cityId, async (tx) => {
        const cancelled = await tx
          .update(courses)
          .set({ status: 'CANCELLED', seatsTaken: 0, waitlistCount: 0 })
          .where(and(eq(courses.id, course.id), sql`${courses.status} not in ('FINISHED', 'CANCELLED')`))
          .returning({ id: courses.id });
        if (cancelled.length === 0) return false;
        const dropped = await tx
          .update(enrollments)
          .set({ status: 'CANCELLED', waitlistPosition: null, decidedAt: now })
          .where(
            and(
              eq(enrollments.courseId, course.id),
              inArray(enrollments.status, ['PENDING', 'WAITLISTED', 'ENROLLED']),
            ),
          )
          .returning();
        await queueEvents(
          tx,
          dropped.map((e) => ({
            verb: 'CANCELLED' as const,
            learnerId: e.learnerId,
            residenceCityId: e.residenceCityId,
            courseId: course.id,
            cityId: course.cityId,
            occurredAt: now,
          })),
        );
        return true;
      });
    },
  };
}

/** Moves everyone waitlisted behind `position` one place up. */
async function closeUpWaitlist(tx: CoursesDb, courseId: string, position: number): Promise<void> {
  await tx
    .update(enrollments)
    .set({ waitlistPosition: sql`${enrollments.waitlistPosition} - 1` })
    .where(
      and(
        eq(enrollments.courseId, courseId),
        eq(enrollments.status, 'WAITLISTED'),
        gt(enrollments.waitlistPosition, position),
      ),
    );
  await tx
    .update(courses)
    .set({ waitlistCount: sql`${courses.waitlistCount} - 1` })
    .where(eq(courses.id, courseId));
}
