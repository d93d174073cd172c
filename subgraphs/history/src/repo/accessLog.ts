// Data access for history's access log: who read or changed whose history.
import { asc, eq } from 'drizzle-orm';
import { type AccessLogRow, accessLog } from '../db/schema.ts';
import type { HistoryDb } from './certificates.ts';

export type AccessEntry = Omit<typeof accessLog.$inferInsert, 'id' | 'at'>;

export function accessLogRepo(db: HistoryDb) {
  return {
    async append(entry: AccessEntry): Promise<void> {
      await db.insert(accessLog).values(entry);
    },
    of(subjectId: string): Promise<AccessLogRow[]> {
      return db.select().from(accessLog).where(eq(accessLog.subjectId, subjectId)).orderBy(asc(accessLog.id));
    },
  };
}
