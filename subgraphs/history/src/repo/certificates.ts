// Data access for certificates: lookups, revocation, and the steps of issuance (operations/certify.ts).
import { type Db, inTenant, isUuid } from '@baeumteo/server';
import { and, desc, eq, getTableColumns, inArray, isNull, ne, sql } from 'drizzle-orm';
import {
  type CertificateRow,
  certificateSerials,
  certificates,
  holders,
  learningRecords,
  type tables,
} from '../db/schema.ts';

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

    /** Newest first. */
    ofLearner(learnerId: string): Promise<CertificateRow[]> {
      return db
        .select()
        .from(certificates)
        .where(eq(certificates.learnerId, learnerId))
        .orderBy(desc(certificates.issuedAt), desc(certificates.number));
    },

    /** Marks a certificate revoked, under its city as tenant; null when it was revoked already. */
    async revoke(
      certificate: Pick<CertificateRow, 'id' | 'cityId'>,
      reason: string,
      now = new Date(),
    ): Promise<CertificateRow | null> {
      const [row] = await inTenant(db, certificate.cityId, (tx) =>
        tx
          .update(certificates)
          .set({ revokedAt: now, revocationReason: reason })
          .where(and(eq(certificates.id, certificate.id), isNull(certificates.revokedAt)))
          .returning(),
      );
      return row ?? null;
    },

    /** COMPLETED records of these learners that have no certificate yet, with the holder's name if known. */
    pendingCompletions(learnerIds: readonly string[]) {
      return db
        .select({ record: learningRecords, holderName: holders.name })
        .from(learningRecords)
        .innerJoin(holders, eq(holders.learnerId, learningRecords.learnerId))
        .where(
          and(
            inArray(learningRecords.learnerId, [...learnerIds]),
            eq(learningRecords.verb, 'COMPLETED'),
            sql`not exists (select 1 from ${certificates} where ${certificates.recordId} = ${learningRecords.id})`,
          ),
        )
        .orderBy(learningRecords.occurredAt, learningRecords.id);
    },

    /** Certificates of these learners still naming a holder whose name is now `erasedName`. */
    namedDespiteErasure(learnerIds: readonly string[], erasedName: string): Promise<CertificateRow[]> {
      return db
        .select(getTableColumns(certificates))
        .from(certificates)
        .innerJoin(holders, eq(holders.learnerId, certificates.learnerId))
        .where(
          and(
            inArray(certificates.learnerId, [...learnerIds]),
            eq(holders.name, erasedName),
            ne(certificates.holderName, erasedName),
          ),
        )
        .orderBy(certificates.id);
    },

    /** Replaces a certificate's holder name and the credential signed with it. */
    async rename(id: string, holderName: string, credential: string): Promise<void> {
      await db.update(certificates).set({ holderName, credential }).where(eq(certificates.id, id));
    },

    /** The next serial of a year and city; a serial lost to a rolled-back transaction is not reused. */
    async nextSerial(year: number, cityId: string): Promise<number> {
      const [serial] = await db
        .insert(certificateSerials)
        .values({ year, cityId, last: 1 })
        .onConflictDoUpdate({
          target: [certificateSerials.year, certificateSerials.cityId],
          set: { last: sql`${certificateSerials.last} + 1` },
        })
        .returning({ last: certificateSerials.last });
      return serial?.last ?? 1;
    },

    /** Stores a certificate; false when its record has one already (a racing issuer won). */
    async insert(certificate: typeof certificates.$inferInsert): Promise<boolean> {
      const inserted = await db
        .insert(certificates)
        .values(certificate)
        .onConflictDoNothing({ target: certificates.recordId })
        .returning({ id: certificates.id });
      return inserted.length > 0;
    },
  };
}
