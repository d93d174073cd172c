// Data access for history's access log: who read or changed whose history.
import { type RequestContext, rowsOf } from '@baeumteo/server';
import { asc, eq, sql } from 'drizzle-orm';
import { type AccessLogRow, accessLog } from '../db/schema.ts';
import { accessEntry } from '../rules/access.ts';
import type { HistoryDb } from './certificates.ts';

export function accessLogRepo(db: HistoryDb) {
  return {
    /** Records that the caller read or changed `subjectId`'s history; nothing when it is their own. */
    async record(request: RequestContext, subjectId: string, action: string): Promise<void> {
      const entry = accessEntry(request, subjectId, action);
      if (entry) await db.insert(accessLog).values(entry);
    },
    /** Removes entries older than the retention (at least 365 days) through prune_access_log; returns how many. */
    async prune(retentionDays: number): Promise<number> {
      const result = await db.execute(sql`select history.prune_access_log(${retentionDays})::int as removed`);
      return rowsOf<{ removed: number }>(result)[0]?.removed ?? 0;
    },
    of(subjectId: string): Promise<AccessLogRow[]> {
      return db.select().from(accessLog).where(eq(accessLog.subjectId, subjectId)).orderBy(asc(accessLog.id));
    },
  };
}
