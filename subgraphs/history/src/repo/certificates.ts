// Data access for certificates: issuance from COMPLETED records, lookups and revocation.
import { findCity } from '@baeumteo/contracts';
import { type Db, isUuid, koreaYear, type SigningKey } from '@baeumteo/server';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  type CertificateRow,
  certificateSerials,
  certificates,
  holders,
  learningRecords,
  type tables,
} from '../db/schema.ts';
import { formatCertificateNumber } from '../rules/certificateNumber.ts';
import { signCredential } from '../rules/credential.ts';
import { certifiedEventId, titleOfStatement } from '../rules/events.ts';

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

    /** Marks a certificate revoked; null when there is none or it was revoked already. */
    async revoke(id: string, reason: string, now = new Date()): Promise<CertificateRow | null> {
      const [row] = await db
        .update(certificates)
        .set({ revokedAt: now, revocationReason: reason })
        .where(and(eq(certificates.id, id), isNull(certificates.revokedAt)))
        .returning();
      return row ?? null;
    },

    /**
     * Issues a certificate for every COMPLETED record of these learners that has none yet and
     * whose holder's name is known, with a CERTIFIED record for each. Safe to run concurrently:
     * one certificate per record (a racing issuer finds it taken and issues nothing).
     */
    async issuePending(learnerIds: readonly string[], key: SigningKey, now = new Date()): Promise<number> {
      if (learnerIds.length === 0) return 0;
      const pending = await db
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
      let issued = 0;
      for (const { record, holderName } of pending) {
        const title = titleOfStatement(record.statement);
        const city = findCity(record.cityId);
        if (!title || !record.category || !city) continue; // ingestion refuses such records
        const year = koreaYear(now);
        const [serial] = await db
          .insert(certificateSerials)
          .values({ year, cityId: city.id, last: 1 })
          .onConflictDoUpdate({
            target: [certificateSerials.year, certificateSerials.cityId],
            set: { last: sql`${certificateSerials.last} + 1` },
          })
          .returning({ last: certificateSerials.last });
        const id = crypto.randomUUID();
        const number = formatCertificateNumber(year, city.code, serial?.last ?? 1);
        const credential = await signCredential(
          {
            certificateId: id,
            number,
            learnerId: record.learnerId,
            holderName,
            courseId: record.courseId,
            courseTitle: title.ko,
            courseTitleEn: title.en,
            cityId: city.id,
            cityName: city.nameKo,
            category: record.category,
            hours: record.hours,
            issuedAt: now,
          },
          key,
        );
        const inserted = await db
          .insert(certificates)
          .values({
            id,
            number,
            learnerId: record.learnerId,
            holderName,
            courseTitle: title.ko,
            courseTitleEn: title.en,
            cityId: city.id,
            courseId: record.courseId,
            category: record.category,
            hours: record.hours,
            issuedAt: now,
            credential,
            recordId: record.id,
          })
          .onConflictDoNothing({ target: certificates.recordId })
          .returning({ id: certificates.id });
        if (inserted.length === 0) continue;
        issued++;
        await db
          .insert(learningRecords)
          .values({
            id: certifiedEventId(record.id),
            learnerId: record.learnerId,
            verb: 'CERTIFIED',
            occurredAt: now,
            cityId: record.cityId,
            residenceCityId: record.residenceCityId,
            courseId: record.courseId,
            hours: 0,
            category: record.category,
            source: 'history',
            statement: {
              id: certifiedEventId(record.id),
              actor: (record.statement as { actor?: unknown }).actor ?? null,
              verb: { id: 'https://baeumteo.gg.go.kr/xapi/verbs/certified', display: { en: 'certified' } },
              object: { objectType: 'Activity', id: `https://baeumteo.gg.go.kr/certificates/${number}` },
              result: null,
              context: {
                platform: 'baeumteo',
                statement: { objectType: 'StatementRef', id: record.id },
                extensions: { tenant: record.cityId, residence: record.residenceCityId, source: 'history' },
              },
              timestamp: now.toISOString(),
            },
          })
          .onConflictDoNothing();
      }
      return issued;
    },
  };
}
