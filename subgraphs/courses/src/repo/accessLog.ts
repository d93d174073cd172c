// Data access for courses' access log: who read or decided on whose applications. Append-only
// (migration 0007); entries older than the retention are removed by prune_access_log only.
import { type RequestContext, rowsOf } from '@baeumteo/server';
import { asc, eq, sql } from 'drizzle-orm';
import { type AccessLogRow, accessLog } from '../db/schema.ts';
import { accessEntries, type CoursesAccessAction } from '../rules/accessLog.ts';
import type { CoursesDb } from './courses.ts';

export function accessLogRepo(db: CoursesDb) {
  return {
    /** Records that the caller did `action` to these learners' applications (nothing for their own). */
    async record(
      request: RequestContext,
      action: CoursesAccessAction,
      course: { id: string; cityId: string } | null,
      subjectIds: readonly string[],
    ): Promise<void> {
      const entries = accessEntries(request, action, course, subjectIds);
      if (entries.length > 0) await db.insert(accessLog).values(entries);
    },

    of(subjectId: string): Promise<AccessLogRow[]> {
      return db.select().from(accessLog).where(eq(accessLog.subjectId, subjectId)).orderBy(asc(accessLog.id));
    },

    /** Removes entries older than the retention (at least 365 days); returns how many. */
    async prune(retentionDays: number): Promise<number> {
      const result = await db.execute(sql`select courses.prune_access_log(${retentionDays})::int as removed`);
      return rowsOf<{ removed: number }>(result)[0]?.removed ?? 0;
    },
  };
}
