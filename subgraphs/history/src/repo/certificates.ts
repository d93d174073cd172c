// Data access for certificates.
import { type Db, isUuid } from '@baeumteo/server';
import { eq, inArray } from 'drizzle-orm';
import { type CertificateRow, certificates, type tables } from '../db/schema.ts';

export type HistoryDb = Db<typeof tables>;

export function certificatesRepo(db: HistoryDb) {
  return {
    byIds(ids: readonly string[]): Promise<CertificateRow[]> {
      const valid = ids.filter(isUuid);
      if (valid.length === 0) return Promise.resolve([]);
      return db.select().from(certificates).where(inArray(certificates.id, valid));
    },
    async byNumber(number: string): Promise<CertificateRow | null> {
      const [row] = await db.select().from(certificates).where(eq(certificates.number, number));
      return row ?? null;
    },
  };
}
