// A course staff's messages to its applicants: sent under the course lock (so simultaneous sends
// count against one daily limit), each one a COURSE_MESSAGE notice to every learner with an
// application that waits for or holds a place, in the transaction that records it.
import { inTenant } from '@baeumteo/server';
import { and, desc, eq, gt, inArray } from 'drizzle-orm';
import { type CourseMessageRow, type CourseRow, courseMessages, enrollments } from '../db/schema.ts';
import { assertMessageable, maxMessagesPerWindow, messageWindowMs } from '../rules/courseMessages.ts';
import { cancellableStatuses } from '../rules/seats.ts';
import { lockCourse } from './courseLock.ts';
import type { CoursesDb } from './courses.ts';
import { courseNotice, queueNotices } from './notices.ts';

export type SendOutcome =
  | { sent: CourseMessageRow; learnerIds: string[] }
  | { limited: true; retryAfterMs: number };

export function courseMessagesRepo(db: CoursesDb) {
  return {
    send(course: CourseRow, sentBy: string, message: string, now = new Date()): Promise<SendOutcome> {
      return inTenant(db, course.cityId, async (tx) => {
        const locked = await lockCourse(tx, course.id);
        assertMessageable(locked ?? course);
        const since = new Date(now.getTime() - messageWindowMs);
        const recent = await tx
          .select({ sentAt: courseMessages.sentAt })
          .from(courseMessages)
          .where(and(eq(courseMessages.courseId, course.id), gt(courseMessages.sentAt, since)))
          .orderBy(courseMessages.sentAt);
        if (recent.length >= maxMessagesPerWindow) {
          const oldest = recent[recent.length - maxMessagesPerWindow]!.sentAt;
          return { limited: true, retryAfterMs: oldest.getTime() + messageWindowMs - now.getTime() };
        }
        const told = await tx
          .select({ learnerId: enrollments.learnerId })
          .from(enrollments)
          .where(
            and(
              eq(enrollments.cityId, course.cityId),
              eq(enrollments.courseId, course.id),
              inArray(enrollments.status, cancellableStatuses),
            ),
          );
        const learnerIds = told.map((e) => e.learnerId);
        const [sent] = await tx
          .insert(courseMessages)
          .values({
            courseId: course.id,
            cityId: course.cityId,
            sentBy,
            message,
            recipients: learnerIds.length,
            sentAt: now,
          })
          .returning();
        const about = locked ?? course;
        await queueNotices(
          tx,
          learnerIds.map((id) => courseNotice(about, id, now, 'COURSE_MESSAGE', { message })),
        );
        return { sent: sent!, learnerIds };
      });
    },

    /** The course's messages, newest first. */
    list(course: Pick<CourseRow, 'id' | 'cityId'>, limit = 50): Promise<CourseMessageRow[]> {
      return inTenant(db, course.cityId, (tx) =>
        tx
          .select()
          .from(courseMessages)
          .where(eq(courseMessages.courseId, course.id))
          .orderBy(desc(courseMessages.sentAt))
          .limit(limit),
      );
    },
  };
}
