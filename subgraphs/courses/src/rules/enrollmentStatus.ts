// Which enrollment statuses hold a learner's place in a course: one at a time per course
// (DESIGN.md), and the one a course page shows as "my enrollment".
import type { EnrollmentStatus } from '../generated/graphql.ts';

/** Statuses that hold the place; matches the partial unique index `enrollments_active_key`. */
export const activeStatuses = [
  'PENDING',
  'WAITLISTED',
  'ENROLLED',
  'COMPLETED',
  'NOT_COMPLETED',
] as const satisfies readonly EnrollmentStatus[];

export function isActive(status: EnrollmentStatus): boolean {
  return activeStatuses.some((active) => active === status);
}

/** The active one of a learner's enrollments in a course, else the first (lists are newest first). */
export function currentEnrollment<E extends { status: EnrollmentStatus }>(
  enrollments: readonly E[],
): E | null {
  return enrollments.find((e) => isActive(e.status)) ?? enrollments[0] ?? null;
}
