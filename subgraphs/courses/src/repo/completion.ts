// Finishing a course: every ENROLLED learner judged COMPLETED or NOT_COMPLETED and the course
// FINISHED, in one transaction with their learning events. The verdicts are judged before (an
// online course asks content, over the network, outside any transaction); under the course row
// lock the course must still be finishable and its ENROLLED learners still those judged, so of
// simultaneous calls exactly one finishes and each learner is judged once.
import { inTenant } from '@baeumteo/server';
import { and, eq, inArray } from 'drizzle-orm';
import { type CourseRow, courses, type EnrollmentRow, enrollments } from '../db/schema.ts';
import { finishableStatuses } from '../rules/completion.ts';
import type { CoursesDb } from './courses.ts';
import { queueEvents, verdictEvent } from './outbox.ts';

export type FinishOutcome = 'FINISHED' | 'NOT_FINISHABLE' | 'ENROLLMENTS_CHANGED';

export function completionRepo(db: CoursesDb) {
  return {
    /** Judges every ENROLLED learner and finishes the course, in one transaction. */
    async finish(
      course: CourseRow,
      verdicts: { enrollment: EnrollmentRow; status: 'COMPLETED' | 'NOT_COMPLETED' }[],
      hours: number,
      now = new Date(),
    ): Promise<FinishOutcome> {
      return inTenant(db, course.cityId, async (tx) => {
        // The course row lock, and the state as it is now that no one else changes it.
        const [locked] = await tx
          .select({ status: courses.status })
          .from(courses)
          .where(eq(courses.id, course.id))
          .for('update');
        if (!locked || !finishableStatuses.some((status) => status === locked.status))
          return 'NOT_FINISHABLE';
        const enrolled = await tx
          .select({ id: enrollments.id })
          .from(enrollments)
          .where(and(eq(enrollments.courseId, course.id), eq(enrollments.status, 'ENROLLED')));
        const judged = new Set(verdicts.map((v) => v.enrollment.id));
        // Someone enrolled or left while the verdicts were judged: nothing is written.
        if (enrolled.length !== judged.size || enrolled.some((e) => !judged.has(e.id))) {
          return 'ENROLLMENTS_CHANGED';
        }
        await tx.update(courses).set({ status: 'FINISHED' }).where(eq(courses.id, course.id));
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
        return 'FINISHED';
      });
    },
  };
}
