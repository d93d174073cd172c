// Attendance: sheets of presences per session, and the counts completion is judged on.
import { asReader, inTenant, isUuid, type ReadScope, stableUuid } from '@baeumteo/server';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { attendance, type CourseRow, type EnrollmentRow } from '../db/schema.ts';
import type { CoursesDb } from './courses.ts';
import { queueEvents } from './outbox.ts';

export function attendanceRepo(db: CoursesDb, scope: ReadScope) {
  return {
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

    /** Sessions attended per enrollment (only enrollments with at least one), in the caller's read scope. */
    attendedCounts(enrollmentIds: readonly string[]) {
      return asReader(db, scope, (tx) =>
        tx
          .select({ key: attendance.enrollmentId, n: sql<number>`count(*)::int` })
          .from(attendance)
          .where(
            and(inArray(attendance.enrollmentId, enrollmentIds.filter(isUuid)), eq(attendance.present, true)),
          )
          .groupBy(attendance.enrollmentId),
      );
    },
  };
}
