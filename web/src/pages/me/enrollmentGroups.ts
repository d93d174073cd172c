import type { EnrollmentStatus } from '../../generated/graphql';

/** How My learning groups applications, in this order. */
export const ENROLLMENT_GROUPS = [
  { key: 'applied', statuses: ['PENDING'] },
  { key: 'waitlisted', statuses: ['WAITLISTED'] },
  { key: 'enrolled', statuses: ['ENROLLED'] },
  { key: 'completed', statuses: ['COMPLETED'] },
  { key: 'notCompleted', statuses: ['NOT_COMPLETED'] },
  { key: 'ended', statuses: ['CANCELLED', 'REJECTED'] },
] as const satisfies readonly { key: string; statuses: readonly EnrollmentStatus[] }[];

export type EnrollmentGroupKey = (typeof ENROLLMENT_GROUPS)[number]['key'];

/** The non-empty groups, in the order above, each keeping the API's order (newest first). */
export function groupEnrollments<T extends { status: EnrollmentStatus }>(
  enrollments: readonly T[],
): { key: EnrollmentGroupKey; items: T[] }[] {
  return ENROLLMENT_GROUPS.map((group) => ({
    key: group.key,
    items: enrollments.filter((e) => (group.statuses as readonly EnrollmentStatus[]).includes(e.status)),
  })).filter((group) => group.items.length > 0);
}
