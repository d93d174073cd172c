// The applications-are-open rule (rules/applicationWindow.ts) as a SQL condition on courses.courses.
import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { courses } from '../db/schema.ts';
import { type Comparisons, takesApplications } from '../rules/applicationWindow.ts';

const inSql: Comparisons<SQLWrapper, SQL> = {
  equals: (term, value) => sql`${term} = ${value}`,
  atOrBefore: (earlier, later) => sql`${earlier} <= ${later}`,
  before: (earlier, later) => sql`${earlier} < ${later}`,
  all: (conditions) => sql`(${sql.join(conditions, sql` and `)})`,
};

/** True for the rows of courses.courses that take applications at `now`. */
export function openForApplication(now: Date): SQL {
  // Raw SQL gets the instant as text with a cast: drivers differ in how they bind a Date.
  return takesApplications<SQLWrapper, SQL>(courses, sql`${now.toISOString()}::timestamptz`, inSql);
}
