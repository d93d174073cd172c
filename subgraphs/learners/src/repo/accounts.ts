// Data access for accounts and residences. Each change is one transaction that also writes the
// access log and, for history, the holder's name (PROFILE) or the MOVED learning event in the outbox.
import { erasedHolderName } from '@baeumteo/contracts';
import { inTenant, isUuid, uniqueViolation } from '@baeumteo/server';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  accessLog,
  type LearnerRow,
  type LearnersDb,
  learners,
  type ResidenceRow,
  type RoleGrantRow,
  residences,
  roleGrants,
} from '../db/schema.ts';
import { profileEvent, queueEvents } from './outbox.ts';
import { endSessionsOf, insertSession } from './sessions.ts';

export interface LogEntry {
  subjectId: string;
  actorId: string | null;
  actorRole?: RoleGrantRow['role'] | null;
  action: string;
  ip: string | null;
  correlationId: string | null;
}

export class EmailTakenError extends Error {}

/** What an erased account is called from then on, here and on its certificates (the stream's name). */
const erasedName = erasedHolderName;

export function accountsRepo(db: LearnersDb) {
  return {
    byIds(ids: readonly string[]): Promise<LearnerRow[]> {
      const valid = ids.filter(isUuid);
      if (valid.length === 0) return Promise.resolve([]);
      return db.select().from(learners).where(inArray(learners.id, valid));
    },

    async byEmail(email: string): Promise<LearnerRow | null> {
      const [row] = await db
        .select()
        .from(learners)
        .where(and(eq(sql`lower(${learners.email})`, email), isNull(learners.deletedAt)));
      return row ?? null;
    },

    async create(
      account: {
        email: string;
        passwordHash: string;
        displayName: string;
        birthYear: number | null;
        preferredLocale: LearnerRow['preferredLocale'];
      },
      residenceCityId: string,
      log: Pick<LogEntry, 'ip' | 'correlationId'>,
    ): Promise<LearnerRow> {
      try {
        return await db.transaction(async (tx) => {
          const [learner] = await tx.insert(learners).values(account).returning();
          if (!learner) throw new Error('insert returned nothing');
          await tx.insert(residences).values({ learnerId: learner.id, cityId: residenceCityId });
          await queueEvents(tx, [profileEvent(learner.id, learner.displayName, learner.createdAt)]);
          await tx
            .insert(accessLog)
            .values({ ...log, subjectId: learner.id, actorId: learner.id, action: 'SIGN_UP' });
          return learner;
        });
      } catch (error) {
        if (uniqueViolation(error) === 'learners_email_key') throw new EmailTakenError();
        throw error;
      }
    },

    /** Closes the current residence, opens the new one and queues the MOVED learning event. */
    async move(
      learnerId: string,
      cityId: string,
      log: Omit<LogEntry, 'subjectId' | 'action'>,
      now = new Date(),
    ) {
      return db.transaction(async (tx) => {
        const [closed] = await tx
          .update(residences)
          .set({ to: now })
          .where(and(eq(residences.learnerId, learnerId), isNull(residences.to)))
          .returning();
        await tx.insert(residences).values({ learnerId, cityId, from: now });
        await queueEvents(tx, [
          {
            verb: 'MOVED',
            learnerId,
            cityId,
            residenceCityId: cityId,
            fromCityId: closed?.cityId ?? null,
            toCityId: cityId,
            occurredAt: now,
          },
        ]);
        await tx.insert(accessLog).values({ ...log, subjectId: learnerId, action: 'MOVE_RESIDENCE' });
      });
    },

    /** Erases every personal field; the id stays so learning records remain, pseudonymized. */
    async erase(learnerId: string, log: Omit<LogEntry, 'subjectId' | 'action'>, now = new Date()) {
      await inTenant(db, '*', async (tx) => {
        await tx
          .update(learners)
          .set({
            email: null,
            passwordHash: null,
            displayName: erasedName,
            birthYear: null,
            deletedAt: now,
          })
          .where(eq(learners.id, learnerId));
        await tx.delete(roleGrants).where(eq(roleGrants.learnerId, learnerId));
        await endSessionsOf(tx, learnerId, 'ACCOUNT_DELETED', now);
        await queueEvents(tx, [profileEvent(learnerId, erasedName, now)]);
        await tx.insert(accessLog).values({ ...log, subjectId: learnerId, action: 'DELETE_ACCOUNT' });
      });
    },

    /** A new password: every session ends and one new session starts, in one transaction. */
    async changePassword(
      learnerId: string,
      passwordHash: string,
      newSession: Omit<Parameters<typeof insertSession>[1], 'learnerId' | 'startedAt'>,
      log: Omit<LogEntry, 'subjectId' | 'action'>,
      now = new Date(),
    ) {
      return db.transaction(async (tx) => {
        await tx.update(learners).set({ passwordHash }).where(eq(learners.id, learnerId));
        await endSessionsOf(tx, learnerId, 'PASSWORD_CHANGED', now);
        await tx.insert(accessLog).values({ ...log, subjectId: learnerId, action: 'CHANGE_PASSWORD' });
        return insertSession(tx, { ...newSession, learnerId, startedAt: now });
      });
    },

    residencesOf(learnerIds: readonly string[]): Promise<ResidenceRow[]> {
      return db
        .select()
        .from(residences)
        .where(inArray(residences.learnerId, [...learnerIds]))
        .orderBy(asc(residences.learnerId), asc(residences.from));
    },

    async residentCounts(cityIds: readonly string[]): Promise<{ key: string; n: number }[]> {
      return db
        .select({ key: residences.cityId, n: sql<number>`count(*)::int` })
        .from(residences)
        .innerJoin(learners, eq(learners.id, residences.learnerId))
        .where(
          and(inArray(residences.cityId, [...cityIds]), isNull(residences.to), isNull(learners.deletedAt)),
        )
        .groupBy(residences.cityId);
    },
  };
}
