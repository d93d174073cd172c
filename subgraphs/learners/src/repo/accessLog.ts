// The access log: who read or changed a person's data. Reads are logged in batches.

import DataLoader from 'dataloader';
import { asc, eq } from 'drizzle-orm';
import type { LearnersDb } from '../db/schema.ts';
import { type AccessLogRow, accessLog } from '../db/schema.ts';
import type { LogEntry } from './accounts.ts';

export function accessLogRepo(db: LearnersDb) {
  return {
    of(subjectId: string): Promise<AccessLogRow[]> {
      return db.select().from(accessLog).where(eq(accessLog.subjectId, subjectId)).orderBy(asc(accessLog.id));
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
