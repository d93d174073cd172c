// Finishing a course: every ENROLLED learner judged COMPLETED or NOT_COMPLETED and the course
// FINISHED, in one transaction with their learning events.
import { inTenant } from '@baeumteo/server';
import { and, eq, inArray } from 'drizzle-orm';
import { type CourseRow, courses, type EnrollmentRow, enrollments } from '../db/schema.ts';
import { finishableStatuses } from '../rules/completion.ts';
import type { CoursesDb } from './courses.ts';
import { queueEvents, verdictEvent } from './outbox.ts';

export function completionRepo(db: CoursesDb) {
  return {
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
          .where(and(eq(courses.id, course.id), inArray(courses.status, finishableStatuses)))
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
          verdicts.map(({ enrollment, status }) => verdictEvent(course, enrollment, status, hours, now)),
        );
        return true;
      });
    },
  };
}
