// What the page hands staff for re-checking a lottery draw with scripts/verify-lottery.ts
// (docs/lottery.md): the command and the applicants' lines it reads.
import type { Eligibility, EnrollmentStatus } from '../../generated/graphql';

/** Statuses an applicant the draw placed can have since (a cancelled one is not told apart). */
const DRAWN: readonly EnrollmentStatus[] = ['ENROLLED', 'WAITLISTED', 'COMPLETED', 'NOT_COMPLETED'];

export interface RecheckCourse {
  lotterySeed: string;
  capacity: number;
  eligibility: Eligibility;
  city: { id: string };
}

/** Residents of the course's city are drawn first when the course is open beyond it. */
export const residentsFirst = (course: { eligibility: Eligibility }) =>
  course.eligibility !== 'CITY_RESIDENTS';

export function recheckCommand(course: RecheckCourse, file = 'applicants.txt'): string {
  const priority = residentsFirst(course) ? ` --residents-of ${course.city.id}` : '';
  return `pnpm exec tsx scripts/verify-lottery.ts --seed ${course.lotterySeed} --seats ${course.capacity}${priority} < ${file}`;
}

/** One line per drawn applicant: the enrollment id and where the applicant lives. */
export function recheckLines(
  enrollments: readonly { id: string; status: EnrollmentStatus; learner: { residence: { id: string } } }[],
): string {
  return enrollments
    .filter((e) => DRAWN.includes(e.status))
    .map((e) => `${e.id} ${e.learner.residence.id}\n`)
    .join('');
}
