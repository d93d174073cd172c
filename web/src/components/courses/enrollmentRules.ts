// What the course page says and offers for a course and the resident's enrollment in it. The API
// decides; these only choose which of its answers to show (pure, so they are unit-tested).

export type EnrollmentStatus =
  | 'PENDING'
  | 'WAITLISTED'
  | 'ENROLLED'
  | 'REJECTED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'NOT_COMPLETED';

/** Applications that hold or wait for a place, and can be cancelled (the API's cancellable statuses). */
export function isActiveEnrollment(status: EnrollmentStatus | null | undefined): boolean {
  return status === 'PENDING' || status === 'WAITLISTED' || status === 'ENROLLED';
}

/** Statuses that may change without the resident doing anything: the page checks back on them. */
export function awaitsDecision(status: EnrollmentStatus | null | undefined): boolean {
  return status === 'PENDING' || status === 'WAITLISTED';
}

export interface ApplicationWindow {
  status: string;
  applicationOpensAt: string;
  applicationClosesAt: string;
}

/** Where the course's application window stands now (the API's rule: OPEN, opensAt <= now < closesAt). */
export function applicationState(course: ApplicationWindow, now: Date): 'OPEN' | 'NOT_YET' | 'CLOSED' {
  if (course.status !== 'OPEN') return course.status === 'DRAFT' ? 'NOT_YET' : 'CLOSED';
  if (now < new Date(course.applicationOpensAt)) return 'NOT_YET';
  if (now >= new Date(course.applicationClosesAt)) return 'CLOSED';
  return 'OPEN';
}

/** The message key (courses:refusal.*) for an application the API refused, or null for a generic error. */
export function applyRefusal(code: string | undefined): 'notEligible' | 'notOpen' | 'notFound' | null {
  switch (code) {
    case 'FORBIDDEN':
    case 'BAD_USER_INPUT': // "Only residents of ... may apply" (field courseId)
      return 'notEligible';
    case 'CONFLICT':
      return 'notOpen';
    case 'NOT_FOUND':
      return 'notFound';
    default:
      return null;
  }
}

/** A fresh key for one application attempt (the API returns the same result for the same key). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID needs a secure context; a site tried over plain http still gets a random key.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
