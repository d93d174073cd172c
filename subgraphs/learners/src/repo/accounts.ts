// Data access for accounts and residences. Each change is one transaction that also writes the
// access log and, for history, the holder's name (PROFILE) or the MOVED learning event in the outbox.
import { erasedHolderName } from '@baeumteo/contracts';
import { inTenant, isUuid, uniqueViolation } from '@baeumteo/server';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  accessLog,
  type EmailTokenRow,
  type LearnerRow,
  type LearnersDb,
  learners,
  type ResidenceRow,
  type RoleGrantRow,
  residences,
  roleGrants,
} from '../db/schema.ts';
import { maskedEmail } from '../rules/emailChange.ts';
import { issueEmailToken, retireEmailTokens, useEmailToken } from './emailTokens.ts';
import { contactNotice, profileEvent, queueEvents, queueNotices } from './outbox.ts';
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
          // Where to reach them, and the link that confirms the address is theirs.
          await queueNotices(tx, [
            contactNotice(learner, residenceCityId, learner.createdAt),
            await verificationNotice(tx, learner, residenceCityId, learner.createdAt),
          ]);
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
        const [learner] = await tx.select().from(learners).where(eq(learners.id, learnerId));
        if (learner) await queueNotices(tx, [contactNotice(learner, cityId, now)]);
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
        const [erased] = await tx
          .update(learners)
          .set({
            email: null,
            emailVerifiedAt: null,
            passwordHash: null,
            displayName: erasedName,
            birthYear: null,
            deletedAt: now,
          })
          .where(eq(learners.id, learnerId))
          .returning();
        // Nothing more is sent to an erased account.
        if (erased) await queueNotices(tx, [contactNotice(erased, await cityOf(tx, learnerId), now)]);
        await tx.delete(roleGrants).where(eq(roleGrants.learnerId, learnerId));
        await endSessionsOf(tx, learnerId, 'ACCOUNT_DELETED', now);
        await queueEvents(tx, [profileEvent(learnerId, erasedName, now)]);
        await tx.insert(accessLog).values({ ...log, subjectId: learnerId, action: 'DELETE_ACCOUNT' });
      });
    },

    /** Sends a new verification link to the account's current address (older links stop working). */
    async sendVerification(learner: LearnerRow, now = new Date()): Promise<void> {
      await db.transaction(async (tx) => {
        await retireEmailTokens(tx, learner.id, 'VERIFY_EMAIL', now);
        await queueNotices(tx, [await verificationNotice(tx, learner, await cityOf(tx, learner.id), now)]);
      });
    },

    /**
     * Sends a link to the address the learner wants instead of theirs (older such links stop
     * working); the account keeps its address until the link is opened.
     */
    async requestEmailChange(
      learner: LearnerRow,
      newEmail: string,
      log: Pick<LogEntry, 'ip' | 'correlationId'>,
      now = new Date(),
    ): Promise<void> {
      await db.transaction(async (tx) => {
        await retireEmailTokens(tx, learner.id, 'EMAIL_CHANGE', now);
        const token = await issueEmailToken(tx, learner.id, 'EMAIL_CHANGE', newEmail, now);
        const cityId = await cityOf(tx, learner.id);
        // The verification message: to the reader of the new address, the link is the same.
        await queueNotices(tx, [
          {
            kind: 'VERIFY_EMAIL',
            purpose: 'EMAIL_CHANGE',
            learnerId: learner.id,
            cityId,
            to: newEmail,
            token,
            occurredAt: now,
          },
        ]);
        await tx
          .insert(accessLog)
          .values({ ...log, subjectId: learner.id, actorId: learner.id, action: 'REQUEST_EMAIL_CHANGE' });
      });
    },

    /**
     * Confirms the address a verification link was sent to: the account's own, if it still is, or
     * the new one of an email change, which becomes the account's (confirmed) while the old one is
     * told. Returns the account, or null (unknown, used or expired token, or another address).
     * EmailTakenError when another account took the new address in the meantime (nothing changes).
     */
    async verifyEmail(token: string, log: Pick<LogEntry, 'ip' | 'correlationId'>, now = new Date()) {
      try {
        return await db.transaction(async (tx) => {
          const used = await useEmailToken(tx, ['VERIFY_EMAIL', 'EMAIL_CHANGE'], token, now);
          if (!used) return null;
          const learner =
            used.purpose === 'EMAIL_CHANGE'
              ? await changeEmail(tx, used, now)
              : await confirmAddress(tx, used, now);
          if (!learner) return null;
          await queueNotices(tx, [contactNotice(learner, await cityOf(tx, learner.id), now)]);
          const action = used.purpose === 'EMAIL_CHANGE' ? 'CHANGE_EMAIL' : 'VERIFY_EMAIL';
          await tx.insert(accessLog).values({ ...log, subjectId: learner.id, actorId: learner.id, action });
          return learner;
        });
      } catch (error) {
        if (uniqueViolation(error) === 'learners_email_key') throw new EmailTakenError();
        throw error;
      }
    },

    /** Sends a password reset link to the account's address (older links stop working). */
    async sendPasswordReset(
      learner: LearnerRow,
      log: Pick<LogEntry, 'ip' | 'correlationId'>,
      now = new Date(),
    ) {
      if (!learner.email) return;
      const email = learner.email;
      await db.transaction(async (tx) => {
        await retireEmailTokens(tx, learner.id, 'PASSWORD_RESET', now);
        const token = await issueEmailToken(tx, learner.id, 'PASSWORD_RESET', email, now);
        const cityId = await cityOf(tx, learner.id);
        await queueNotices(tx, [
          { kind: 'PASSWORD_RESET', learnerId: learner.id, cityId, to: email, token, occurredAt: now },
        ]);
        await tx
          .insert(accessLog)
          .values({ ...log, subjectId: learner.id, actorId: null, action: 'REQUEST_PASSWORD_RESET' });
      });
    },

    /**
     * Sets a new password with a reset token: once, while it is valid and the address it was sent
     * to is still the account's. Every session ends; the address counts as confirmed (the link
     * reached it). Null when the token does not do that.
     */
    async resetPassword(
      token: string,
      passwordHash: string,
      log: Pick<LogEntry, 'ip' | 'correlationId'>,
      now = new Date(),
    ): Promise<LearnerRow | null> {
      return db.transaction(async (tx) => {
        const used = await useEmailToken(tx, 'PASSWORD_RESET', token, now);
        if (!used) return null;
        const [learner] = await tx
          .update(learners)
          .set({
            passwordHash,
            emailVerifiedAt: sql`coalesce(${learners.emailVerifiedAt}, ${now.toISOString()}::timestamptz)`,
          })
          .where(stillSentTo(used))
          .returning();
        if (!learner) return null;
        await retireEmailTokens(tx, learner.id, 'PASSWORD_RESET', now);
        await endSessionsOf(tx, learner.id, 'PASSWORD_RESET', now);
        await queueNotices(tx, [contactNotice(learner, await cityOf(tx, learner.id), now)]);
        await tx
          .insert(accessLog)
          .values({ ...log, subjectId: learner.id, actorId: learner.id, action: 'RESET_PASSWORD' });
        return learner;
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

/** The city a learner lives in now (the tenant their messages come from). */
async function cityOf(tx: LearnersDb, learnerId: string): Promise<string> {
  const [current] = await tx
    .select({ cityId: residences.cityId })
    .from(residences)
    .where(and(eq(residences.learnerId, learnerId), isNull(residences.to)));
  return current?.cityId ?? 'gyeonggi';
}

/** A fresh verification link for the account's address, as the notice that sends it. */
async function verificationNotice(tx: LearnersDb, learner: LearnerRow, cityId: string, now: Date) {
  const email = learner.email ?? '';
  const token = await issueEmailToken(tx, learner.id, 'VERIFY_EMAIL', email, now);
  return { kind: 'VERIFY_EMAIL' as const, learnerId: learner.id, cityId, to: email, token, occurredAt: now };
}

/** Marks the address a verification token went to confirmed, if it is still the account's. */
async function confirmAddress(tx: LearnersDb, token: EmailTokenRow, now: Date): Promise<LearnerRow | null> {
  const [learner] = await tx
    .update(learners)
    .set({ emailVerifiedAt: now })
    .where(stillSentTo(token))
    .returning();
  return learner ?? null;
}

/**
 * Makes the address an email change token went to the account's, confirmed (the link reached it),
 * and tells the address it replaces, with the new one partly hidden. Null for an erased account.
 */
async function changeEmail(tx: LearnersDb, token: EmailTokenRow, now: Date): Promise<LearnerRow | null> {
  const [before] = await tx
    .select()
    .from(learners)
    .where(and(eq(learners.id, token.learnerId), isNull(learners.deletedAt)))
    .for('update');
  if (!before?.email) return null;
  const [learner] = await tx
    .update(learners)
    .set({ email: token.email, emailVerifiedAt: now })
    .where(eq(learners.id, before.id))
    .returning();
  if (!learner) return null;
  // Links sent to the old address stop working with it (stillSentTo); other changes' links too.
  await retireEmailTokens(tx, learner.id, 'EMAIL_CHANGE', now);
  await queueNotices(tx, [
    {
      kind: 'EMAIL_CHANGED',
      learnerId: learner.id,
      cityId: await cityOf(tx, learner.id),
      to: before.email,
      newEmail: maskedEmail(token.email),
      occurredAt: now,
    },
  ]);
  return learner;
}

/** The account a used token was sent for, if the address it went to is still that account's. */
function stillSentTo(token: EmailTokenRow) {
  return and(
    eq(learners.id, token.learnerId),
    isNull(learners.deletedAt),
    eq(sql`lower(${learners.email})`, token.email.toLowerCase()),
  );
}
