// When a course takes applications: while it is OPEN, from applicationOpensAt (inclusive) until
// applicationClosesAt (exclusive). The rule is written once, over the comparisons it is made of,
// and read two ways: on a loaded course (`isOpenForApplication`, so that a refusal can say why)
// and as the SQL condition built from it in repo/applicationWindow.ts, which is what admits an
// application under the course row lock and answers the `openForApplication` filter.
import type { CourseStatus } from '../generated/graphql.ts';

/** The comparisons the rule is made of, over terms that are plain values or SQL expressions. */
export interface Comparisons<Term, Condition> {
  equals(term: Term, value: string): Condition;
  atOrBefore(earlier: Term, later: Term): Condition;
  before(earlier: Term, later: Term): Condition;
  all(conditions: Condition[]): Condition;
}

export interface ApplicationWindow<Term> {
  status: Term;
  applicationOpensAt: Term;
  applicationClosesAt: Term;
}

export function takesApplications<Term, Condition>(
  course: ApplicationWindow<Term>,
  now: Term,
  compare: Comparisons<Term, Condition>,
): Condition {
  return compare.all([
    compare.equals(course.status, 'OPEN'),
    compare.atOrBefore(course.applicationOpensAt, now),
    compare.before(now, course.applicationClosesAt),
  ]);
}

const onValues: Comparisons<string | Date, boolean> = {
  equals: (term, value) => term === value,
  atOrBefore: (earlier, later) => earlier <= later,
  before: (earlier, later) => earlier < later,
  all: (conditions) => conditions.every(Boolean),
};

export function isOpenForApplication(
  course: { status: CourseStatus; applicationOpensAt: Date; applicationClosesAt: Date },
  now: Date,
): boolean {
  return takesApplications<string | Date, boolean>(course, now, onValues);
}
