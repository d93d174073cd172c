// The access log: who read or changed a person's data. Reads are logged in batches.

import { rowsOf } from '@baeumteo/server';
import DataLoader from 'dataloader';
import { asc, eq, sql } from 'drizzle-orm';
import type { LearnersDb } from '../db/schema.ts';
import { type AccessLogRow, accessLog } from '../db/schema.ts';
import type { LogEntry } from './accounts.ts';

export function accessLogRepo(db: LearnersDb) {
  return {
    of(subjectId: string): Promise<AccessLogRow[]> {
      return db.select().from(accessLog).where(eq(accessLog.subjectId, subjectId)).orderBy(asc(accessLog.id));
    },
    /** Removes entries older than the retention (at least 365 days) through prune_access_log; returns how many. */
    async prune(retentionDays: number): Promise<number> {
      const result = await db.execute(
        sql`select learners.prune_access_log(${retentionDays})::int as removed`,
      );
      return rowsOf<{ removed: number }>(result)[0]?.removed ?? 0;
    },
    async append(entry: LogEntry): Promise<void> {
      await db.insert(accessLog).values(entry);
    },
    /** One insert for all the reads a request makes (e.g. a staff member's list of applicants). */
    batchedAppender() {
      return new DataLoader<LogEntry, true, LogEntry>(
        async (entries) => {
          await db.insert(accessLog).values([...entries]);
          return entries.map(() => true as const);
        },
        { cache: false },
      );
    },
  };
}
