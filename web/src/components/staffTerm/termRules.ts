// What the staff page of a course offers, from the course as the API answered it. The API decides
// every action (CONFLICT otherwise); these rules only choose which buttons to show and when.
import type { CourseStatus, EnrollmentStatus, SelectionMethod } from '../../generated/graphql';

export interface TermCourse {
  status: CourseStatus;
  selection: SelectionMethod;
  applicationClosesAt: string;
  endsAt: string;
  lotterySeed: string | null;
}

export type TermAction = 'publish' | 'cancel' | 'draw' | 'finish';

const at = (value: string) => {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
};

/** Publish a DRAFT. */
export const canPublish = (course: TermCourse) => course.status === 'DRAFT';

/** Cancel anything not finished or cancelled already (its applicants are told). */
export const canCancel = (course: TermCourse) =>
  course.status !== 'FINISHED' && course.status !== 'CANCELLED';

/** Draw a LOTTERY course's lottery, once, after applications close. */
export function canDraw(course: TermCourse, now: number): boolean {
  return (
    course.selection === 'LOTTERY' &&
    course.lotterySeed === null &&
    (course.status === 'OPEN' || course.status === 'CLOSED') &&
    now >= at(course.applicationClosesAt)
  );
}

/** Finish a course under way, or one whose last session is over. */
export function canFinish(course: TermCourse, now: number): boolean {
  if (course.status === 'IN_PROGRESS') return true;
  return (course.status === 'OPEN' || course.status === 'CLOSED') && now >= at(course.endsAt);
}

/** The actions to offer now, in the order they are shown. */
export function termActions(course: TermCourse, now: number): TermAction[] {
  const actions: TermAction[] = [];
  if (canPublish(course)) actions.push('publish');
  if (canDraw(course, now)) actions.push('draw');
  if (canFinish(course, now)) actions.push('finish');
  if (canCancel(course)) actions.push('cancel');
  return actions;
}

/**
 * The next moment the offer changes by the clock alone (applications closing, the last session
 * ending), so the page can show the new button then; null when nothing is waiting for the clock.
 */
export function nextChange(course: TermCourse, now: number): number | null {
  const moments = [at(course.applicationClosesAt), at(course.endsAt)].filter(
    (moment) => Number.isFinite(moment) && moment > now,
  );
  return moments.length > 0 ? Math.min(...moments) : null;
}

/** Why a learner did or did not complete: the attendance rate against the course's minimum. */
export type CompletionReason =
  | { kind: 'contents' }
  | { kind: 'attendance'; rate: number; minimum: number; met: boolean };

export function completionReason(
  enrollment: { status: EnrollmentStatus; attendanceRate: number | null },
  course: { minAttendanceRate: number; completesByContents: boolean },
): CompletionReason {
  if (course.completesByContents) return { kind: 'contents' };
  const rate = enrollment.attendanceRate ?? 0;
  return {
    kind: 'attendance',
    rate,
    minimum: course.minAttendanceRate,
    met: enrollment.status === 'COMPLETED',
  };
}

/** Enrollment statuses staff filter applicants by, in the order offered. */
export const ENROLLMENT_STATUSES: readonly EnrollmentStatus[] = [
  'PENDING',
  'ENROLLED',
  'WAITLISTED',
  'REJECTED',
  'CANCELLED',
  'COMPLETED',
  'NOT_COMPLETED',
];
