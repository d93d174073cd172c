// Data access for sign-in sessions and their refresh tokens. Starting, rotating and ending are each
// one transaction; a refresh token is spent by one conditional update, so of two uses at once
// exactly one wins and the other is seen as a reuse.
import { isUuid } from '@baeumteo/server';
import { and, eq, gt, inArray, isNull, lt, ne, or } from 'drizzle-orm';
import {
  type LearnersDb,
  learners,
  refreshTokens,
  type SessionEnd,
  type SessionRow,
  sessions,
} from '../db/schema.ts';

/** What presenting a refresh token came to. */
export type Rotation =
  | { outcome: 'rotated'; session: SessionRow }
  /** Used before: the session it belongs to is now ended. */
  | { outcome: 'reused' }
  /** Unknown, or its session has ended or expired. */
  | { outcome: 'refused' };

/** Starts a session for the learner with its first refresh token (inside a caller's transaction). */
export async function insertSession(
  tx: LearnersDb,
  session: { learnerId: string; startedAt: Date; expiresAt: Date; refreshTokenHash: string },
): Promise<SessionRow> {
  const [row] = await tx
    .insert(sessions)
    .values({ learnerId: session.learnerId, startedAt: session.startedAt, expiresAt: session.expiresAt })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await tx
    .insert(refreshTokens)
    .values({ tokenHash: session.refreshTokenHash, sessionId: row.id, issuedAt: session.startedAt });
  return row;
}

/** Ends every running session of the learner, but `except` (inside a caller's transaction). */
export async function endSessionsOf(
  tx: LearnersDb,
  learnerId: string,
  reason: SessionEnd,
  now: Date,
  except?: string,
): Promise<void> {
  await tx
    .update(sessions)
    .set({ endedAt: now, endReason: reason })
    .where(
      and(
        eq(sessions.learnerId, learnerId),
        isNull(sessions.endedAt),
        except ? ne(sessions.id, except) : undefined,
      ),
    );
}

/** How long an ended or expired session (and its refresh tokens) is kept before it goes. */
const keptAfterEndMs = 30 * 86_400_000;

export function sessionsRepo(db: LearnersDb) {
  return {
    /** Starts a session; the learner's sessions that ended long ago go (their refresh tokens with them). */
    start: (session: Parameters<typeof insertSession>[1]) =>
      db.transaction(async (tx) => {
        const longAgo = new Date(session.startedAt.getTime() - keptAfterEndMs);
        await tx
          .delete(sessions)
          .where(
            and(
              eq(sessions.learnerId, session.learnerId),
              or(lt(sessions.endedAt, longAgo), lt(sessions.expiresAt, longAgo)),
            ),
          );
        return insertSession(tx, session);
      }),

    /**
     * Which of these sessions run and are their learner's (whose account still exists), as
     * `learnerId:sessionId`, in one statement.
     */
    async runningOf(
      asked: readonly { sessionId: string; learnerId: string }[],
      now = new Date(),
    ): Promise<Set<string>> {
      const valid = asked.filter((s) => isUuid(s.sessionId) && isUuid(s.learnerId));
      if (valid.length === 0) return new Set();
      const rows = await db
        .select({ id: sessions.id, learnerId: sessions.learnerId })
        .from(sessions)
        .innerJoin(learners, eq(learners.id, sessions.learnerId))
        .where(
          and(
            inArray(
              sessions.id,
              valid.map((s) => s.sessionId),
            ),
            isNull(sessions.endedAt),
            gt(sessions.expiresAt, now),
            isNull(learners.deletedAt),
          ),
        );
      return new Set(rows.map((r) => `${r.learnerId}:${r.id}`));
    },

    /** The session if it runs and is the learner's (whose account still exists). */
    async running(sessionId: string, learnerId: string, now = new Date()): Promise<SessionRow | null> {
      if (!isUuid(sessionId) || !isUuid(learnerId)) return null;
      const [row] = await db
        .select({ session: sessions })
        .from(sessions)
        .innerJoin(learners, eq(learners.id, sessions.learnerId))
        .where(
          and(
            eq(sessions.id, sessionId),
            eq(sessions.learnerId, learnerId),
            isNull(sessions.endedAt),
            gt(sessions.expiresAt, now),
            isNull(learners.deletedAt),
          ),
        );
      return row?.session ?? null;
    },

    /** Spends `oldHash` and, if its session runs, gives the session `newHash`; a spent one ends it. */
    rotate(oldHash: string, newHash: string, now = new Date()): Promise<Rotation> {
      return db.transaction(async (tx): Promise<Rotation> => {
        const [spent] = await tx
          .update(refreshTokens)
          .set({ usedAt: now })
          .where(and(eq(refreshTokens.tokenHash, oldHash), isNull(refreshTokens.usedAt)))
          .returning({ sessionId: refreshTokens.sessionId });
        if (!spent) {
          const [known] = await tx
            .select({ sessionId: refreshTokens.sessionId })
            .from(refreshTokens)
            .where(eq(refreshTokens.tokenHash, oldHash));
          if (!known) return { outcome: 'refused' };
          await tx
            .update(sessions)
            .set({ endedAt: now, endReason: 'REFRESH_TOKEN_REUSED' })
            .where(and(eq(sessions.id, known.sessionId), isNull(sessions.endedAt)));
          return { outcome: 'reused' };
        }
        const [session] = await tx
          .select()
          .from(sessions)
          .where(and(eq(sessions.id, spent.sessionId), isNull(sessions.endedAt), gt(sessions.expiresAt, now)))
          .for('update');
        if (!session) return { outcome: 'refused' };
        await tx.insert(refreshTokens).values({ tokenHash: newHash, sessionId: session.id, issuedAt: now });
        return { outcome: 'rotated', session };
      });
    },

    /** Ends one session of the learner. */
    async end(sessionId: string, learnerId: string, reason: SessionEnd, now = new Date()): Promise<void> {
      if (!isUuid(sessionId)) return;
      await db
        .update(sessions)
        .set({ endedAt: now, endReason: reason })
        .where(and(eq(sessions.id, sessionId), eq(sessions.learnerId, learnerId), isNull(sessions.endedAt)));
    },

    endAll: (learnerId: string, reason: SessionEnd, now = new Date()) =>
      endSessionsOf(db, learnerId, reason, now),
  };
}

export type SessionsRepo = ReturnType<typeof sessionsRepo>;
