// Seats and the waitlist (DESIGN.md, academic management): how an application is placed and what
// a cancellation gives back. The statements that carry these out hold the course row lock.
import type { EnrollmentStatus, SelectionMethod } from '../generated/graphql.ts';

/**
 * FIRST_COME applicants take a seat, or the next waitlist place, in the statement that applies
 * them; LOTTERY and APPROVAL applicants wait as PENDING for the draw or the staff's decision.
 */
export function placedOnApplication(selection: SelectionMethod): boolean {
  return selection === 'FIRST_COME';
}

/**
 * What cancelling an application gives back: an ENROLLED learner's seat (to the first waitlisted
 * learner, else to the course), a WAITLISTED learner's place (everyone behind moves up), or nothing.
 */
export function freedByCancelling(status: EnrollmentStatus): 'SEAT' | 'WAITLIST_PLACE' | null {
  if (status === 'ENROLLED') return 'SEAT';
  if (status === 'WAITLISTED') return 'WAITLIST_PLACE';
  return null;
}

/** Applications that wait for or hold a place: a learner (or staff, for a whole course) can cancel them. */
export const cancellableStatuses = [
  'PENDING',
  'WAITLISTED',
  'ENROLLED',
] as const satisfies readonly EnrollmentStatus[];

export function isCancellable(status: EnrollmentStatus): boolean {
  return cancellableStatuses.some((cancellable) => cancellable === status);
}
