// Cancelling: one application (its seat goes to the first waitlisted learner, positions close
// up) or a whole course with every application that still holds a place. Each is one
// transaction with its learning events.
import { inTenant } from '@baeumteo/server';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import { type CourseRow, courses, type EnrollmentRow, enrollments } from '../db/schema.ts';
import { cancellableStatuses, freedByCancelling, isCancellable } from '../rules/seats.ts';
import { lockCourse } from './courseLock.ts';
import type { CoursesDb } from './courses.ts';
import { enrollmentById } from './enrollmentReads.ts';
import { courseNotice, queueNotices } from './notices.ts';
import { type LearningEvent, queueEvents } from './outbox.ts';

export function cancellationsRepo(db: CoursesDb) {
  return {
    /** Cancels; a freed seat goes to the first waitlisted learner and positions close up. */
    async cancel(enrollment: EnrollmentRow, now = new Date()): Promise<EnrollmentRow> {
      return inTenant(db, enrollment.cityId, async (tx) => {
        const course = await lockCourse(tx, enrollment.courseId);
        const [current] = await tx.select().from(enrollments).where(eq(enrollments.id, enrollment.id));
        if (!course || !current || !isCancellable(current.status)) return current ?? enrollment;
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
        const freed = freedByCancelling(current.status);
        if (freed === 'SEAT') {
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
            await queueNotices(tx, [courseNotice(course, promoted.learnerId, now, 'PROMOTED', {})]);
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
        } else if (freed === 'WAITLIST_PLACE') {
          await closeUpWaitlist(tx, current.courseId, current.waitlistPosition ?? 0);
        }
        await queueEvents(tx, events);
        // Read back under the tenant: enrollments are read only in a scope (read policies).
        return (await enrollmentById(tx, enrollment.id)) as EnrollmentRow;
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
          .where(and(eq(enrollments.courseId, course.id), inArray(enrollments.status, cancellableStatuses)))
          .returning();
        await queueNotices(
          tx,
          dropped.map((e) => courseNotice(course, e.learnerId, now, 'COURSE_CANCELLED', {})),
        );
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
