// A published course's new time or place, and telling its applicants: the sessions still to
// come are replaced, the course's span and venue follow, and every learner with an application
// that waits for or holds a place is sent COURSE_CHANGED, all in one transaction under the
// course lock. A venue's new name or address is told the same way, from venues' own update.
import { inTenant } from '@baeumteo/server';
import { and, eq, gt, inArray } from 'drizzle-orm';
import { type CourseRow, classSessions, courses, enrollments } from '../db/schema.ts';
import type { Reschedule } from '../rules/reschedule.ts';
import { cancellableStatuses } from '../rules/seats.ts';
import { lockCourse } from './courseLock.ts';
import type { CoursesDb } from './courses.ts';
import { courseNotice, queueNotices } from './notices.ts';

const publishedStatuses = ['OPEN', 'CLOSED', 'IN_PROGRESS'] as const;

export function courseChangesRepo(db: CoursesDb) {
  return {
    /** Applies a checked change; null when the course is no longer published. */
    reschedule(course: CourseRow, plan: Reschedule, now = new Date()): Promise<CourseRow | null> {
      return inTenant(db, course.cityId, async (tx) => {
        const locked = await lockCourse(tx, course.id);
        if (!locked || !publishedStatuses.some((s) => s === locked.status)) return null;
        if (plan.upcoming) {
          // Attendance is taken only once a session has started: those after `now` have none.
          await tx
            .delete(classSessions)
            .where(and(eq(classSessions.courseId, course.id), gt(classSessions.startsAt, now)));
          await tx.insert(classSessions).values(
            plan.upcoming.map((session, i) => ({
              ...session,
              courseId: course.id,
              format: sessionFormat(locked.format, i),
            })),
          );
        }
        const [row] = await tx
          .update(courses)
          .set({ startsAt: plan.startsAt, endsAt: plan.endsAt, venueId: plan.venueId })
          .where(eq(courses.id, course.id))
          .returning();
        const updated = row as CourseRow;
        if (plan.change) {
          const told = await tx
            .select({ learnerId: enrollments.learnerId })
            .from(enrollments)
            .where(
              and(
                eq(enrollments.cityId, updated.cityId),
                eq(enrollments.courseId, updated.id),
                inArray(enrollments.status, cancellableStatuses),
              ),
            );
          const change = plan.change;
          await queueNotices(
            tx,
            told.map((e) => courseNotice(updated, e.learnerId, now, 'COURSE_CHANGED', { change })),
          );
        }
        return updated;
      });
    },
  };
}

/** A BLENDED course alternates offline and online sessions; the others keep their own format. */
const sessionFormat = (format: CourseRow['format'], i: number): CourseRow['format'] =>
  format === 'BLENDED' ? (i % 2 === 0 ? 'OFFLINE' : 'ONLINE') : format;

/**
 * In a venue's update transaction: tells `change` to every learner with an application that waits
 * for or holds a place in the venue's published courses that have not ended.
 */
export async function tellVenueChange(
  tx: CoursesDb,
  venue: { id: string; cityId: string },
  change: string,
  now = new Date(),
): Promise<void> {
  const told = await tx
    .select({
      learnerId: enrollments.learnerId,
      course: {
        id: courses.id,
        cityId: courses.cityId,
        titleKo: courses.titleKo,
        titleEn: courses.titleEn,
        startsAt: courses.startsAt,
      },
    })
    .from(courses)
    .innerJoin(enrollments, and(eq(enrollments.cityId, courses.cityId), eq(enrollments.courseId, courses.id)))
    .where(
      and(
        eq(courses.cityId, venue.cityId),
        eq(courses.venueId, venue.id),
        inArray(courses.status, [...publishedStatuses]),
        gt(courses.endsAt, now),
        inArray(enrollments.status, cancellableStatuses),
      ),
    );
  await queueNotices(
    tx,
    told.map((e) => courseNotice(e.course, e.learnerId, now, 'COURSE_CHANGED', { change })),
  );
}
