// Whether an application is taken (DESIGN.md, academic management): the course takes applications
// now (rules/applicationWindow.ts), and the learner's residence makes them eligible
// (rules/eligibility.ts). Judged on the course row as its lock finds it.
import type { CourseStatus, Eligibility } from '../generated/graphql.ts';
import { isOpenForApplication } from './applicationWindow.ts';
import { isEligible } from './eligibility.ts';

export type Refusal =
  /** OPEN, but outside its application window. */
  | 'NOT_OPEN_NOW'
  /** Not OPEN (a draft, closed, cancelled or finished course). */
  | 'NOT_TAKING_APPLICATIONS'
  /** The learner's residence is not eligible. */
  | 'NOT_ELIGIBLE';

export function refusalOf(
  course: {
    status: CourseStatus;
    applicationOpensAt: Date;
    applicationClosesAt: Date;
    eligibility: Eligibility;
    cityId: string;
  },
  residenceCityId: string | null,
  now: Date,
): Refusal | null {
  if (!isOpenForApplication(course, now))
    return course.status === 'OPEN' ? 'NOT_OPEN_NOW' : 'NOT_TAKING_APPLICATIONS';
  if (!isEligible(course.eligibility, course.cityId, residenceCityId)) return 'NOT_ELIGIBLE';
  return null;
}
