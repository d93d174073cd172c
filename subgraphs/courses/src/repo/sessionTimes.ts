// The weekday and time-of-day filters (rules/courseFilter.ts) as a SQL condition on
// courses.courses: one EXISTS over the course's sessions, so that both must hold for the same
// session. It can probe class_sessions by its (course_id, starts_at) index; a course has a handful.
import { type SQL, sql } from 'drizzle-orm';
import { classSessions, courses } from '../db/schema.ts';
import { koreaTimeZone, type SessionTimes } from '../rules/courseFilter.ts';

// The zone and the numbers are constants of the rule, not user text: inlined, they bind the same
// way on every driver.
const koreaStart = sql`(${classSessions.startsAt} at time zone ${sql.raw(`'${koreaTimeZone}'`)})`;
const literal = (n: number) => sql.raw(String(Math.trunc(n)));

/** True for the courses with a session starting on one of the weekdays, in the hours. */
export function hasSessionAt(times: SessionTimes): SQL {
  const conditions: SQL[] = [sql`${classSessions.courseId} = ${courses.id}`];
  if (times.isoWeekdays.length > 0) {
    conditions.push(
      sql`extract(isodow from ${koreaStart}) in (${sql.join(times.isoWeekdays.map(literal), sql`, `)})`,
    );
  }
  if (times.hours) {
    conditions.push(
      sql`extract(hour from ${koreaStart}) >= ${literal(times.hours.from)}`,
      sql`extract(hour from ${koreaStart}) < ${literal(times.hours.until)}`,
    );
  }
  return sql`exists (select 1 from ${classSessions} where ${sql.join(conditions, sql` and `)})`;
}
