// Data access for enrollments, one file per part of an enrollment's life; `ctx.repo.enrollments`
// is all of them. Every change runs in one transaction under the course's city as tenant, holds
// the course row lock where seats or waitlist positions change (so they change in order), and
// queues its learning events in the same transaction. Reads run in the caller's read scope.
import type { ReadScope } from '@baeumteo/server';
import { applicationsRepo } from './applications.ts';
import { attendanceRepo } from './attendance.ts';
import { cancellationsRepo } from './cancellations.ts';
import { completionRepo } from './completion.ts';
import type { CoursesDb } from './courses.ts';
import { decisionsRepo } from './decisions.ts';
import { enrollmentReads } from './enrollmentReads.ts';

export { AlreadyAppliedError } from './applications.ts';
export { type EnrollmentStatus, enrollmentCursor } from './enrollmentReads.ts';

export function enrollmentsRepo(db: CoursesDb, scope: ReadScope) {
  return {
    ...enrollmentReads(db, scope),
    ...applicationsRepo(db),
    ...cancellationsRepo(db),
    ...decisionsRepo(db),
    ...attendanceRepo(db, scope),
    ...completionRepo(db),
  };
}
