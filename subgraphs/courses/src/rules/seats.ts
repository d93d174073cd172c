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

export function seatsLeft(course: { capacity: number; seatsTaken: number }): number {
  return Math.max(0, course.capacity - course.seatsTaken);
}

export interface Place<T> {
  applicant: T;
  status: 'ENROLLED' | 'WAITLISTED';
  waitlistPosition: number | null;
}

/**
 * Places applicants in order (application order, or a lottery's drawn order): the seats left go
 * to the first, the others take the waitlist places after the `waitlisted` already waiting.
 */
export function placeInOrder<T>(order: readonly T[], seatsLeft: number, waitlisted = 0): Place<T>[] {
  return order.map((applicant, i) =>
    i < seatsLeft
      ? { applicant, status: 'ENROLLED', waitlistPosition: null }
      : { applicant, status: 'WAITLISTED', waitlistPosition: waitlisted + i - seatsLeft + 1 },
  );
}

/**
 * Where applicants who applied together land, in the order they applied, on a course whose counts
 * were read under its row lock: FIRST_COME places them in order; LOTTERY and APPROVAL applicants
 * all wait as PENDING.
 */
export function placeApplicants<T>(
  course: { selection: SelectionMethod; capacity: number; seatsTaken: number; waitlistCount: number },
  applicants: readonly T[],
): (Place<T> | { applicant: T; status: 'PENDING'; waitlistPosition: null })[] {
  if (!placedOnApplication(course.selection))
    return applicants.map((applicant) => ({ applicant, status: 'PENDING', waitlistPosition: null }));
  return placeInOrder(applicants, seatsLeft(course), course.waitlistCount);
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
