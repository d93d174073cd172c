// Data access for live classes: sessions, and seats taken one at a time under the session's row
// lock, so that a rush never admits more than the capacity.
import {
  type Created,
  type IdempotencyKey,
  inTenant,
  isUuid,
  sameKey,
  setTenant,
  stableUuid,
} from '@baeumteo/server';
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { type LiveSessionRow, liveAttendees, liveSessions } from '../db/schema.ts';
import type { CheckedLiveSession } from '../rules/live.ts';
import type { ContentDb } from './contents.ts';
import { queueEvents } from './outbox.ts';

export type JoinResult =
  | { status: 'JOINED' | 'ALREADY'; session: LiveSessionRow; participant: string }
  | { status: 'FULL'; session: LiveSessionRow }
  | { status: 'MISSING'; session: null };

export function liveRepo(db: ContentDb) {
  return {
    list(upcomingAfter: Date | null): Promise<LiveSessionRow[]> {
      return db
        .select()
        .from(liveSessions)
        .where(upcomingAfter ? gt(liveSessions.endsAt, upcomingAfter) : undefined)
        .orderBy(asc(liveSessions.startsAt), asc(liveSessions.id))
        .limit(200);
    },

    byIds(ids: readonly string[]): Promise<LiveSessionRow[]> {
      const valid = ids.filter(isUuid);
      if (valid.length === 0) return Promise.resolve([]);
      return db.select().from(liveSessions).where(inArray(liveSessions.id, valid));
    },

    /** Schedules a live class; with an idempotency key, once (packages/server idempotency.ts). */
    create(input: CheckedLiveSession, key: IdempotencyKey | null): Promise<Created<LiveSessionRow>> {
      return inTenant(db, input.hostCityId, async (tx) => {
        const [row] = await tx
          .insert(liveSessions)
          .values({ ...input, ...key })
          .onConflictDoNothing({ target: [liveSessions.createdBy, liveSessions.idempotencyKey] })
          .returning();
        if (row) return { row, created: true };
        const [earlier] = key ? await tx.select().from(liveSessions).where(sameKey(liveSessions, key)) : [];
        if (!earlier) throw new Error('the live session was not stored');
        return { row: earlier, created: false };
      });
    },

    /** Takes a seat (or finds the learner's seat) and queues JOINED_LIVE once per learner. */
    async join(
      sessionId: string,
      learner: { id: string; residenceCityId: string | null },
      check: (session: LiveSessionRow) => void,
      now = new Date(),
    ): Promise<JoinResult> {
      return db.transaction(async (tx) => {
        // Its seat count and JOINED_LIVE event are the host city's rows: that city is the
        // tenant, set before the row lock (locking a row needs its write policy).
        const [host] = await tx
          .select({ cityId: liveSessions.hostCityId })
          .from(liveSessions)
          .where(eq(liveSessions.id, sessionId));
        if (!host) return { status: 'MISSING', session: null };
        await setTenant(tx, host.cityId);
        const [session] = await tx
          .select()
          .from(liveSessions)
          .where(eq(liveSessions.id, sessionId))
          .for('update');
        if (!session) return { status: 'MISSING', session: null };
        check(session);
        const [seat] = await tx
          .select()
          .from(liveAttendees)
          .where(and(eq(liveAttendees.sessionId, sessionId), eq(liveAttendees.learnerId, learner.id)));
        if (seat) return { status: 'ALREADY', session, participant: seat.participant };
        if (session.attendeeCount >= session.capacity) return { status: 'FULL', session };
        const [taken] = await tx
          .insert(liveAttendees)
          .values({ sessionId, learnerId: learner.id, joinedAt: now })
          .returning();
        const [updated] = await tx
          .update(liveSessions)
          .set({ attendeeCount: sql`${liveSessions.attendeeCount} + 1` })
          .where(eq(liveSessions.id, sessionId))
          .returning();
        await queueEvents(tx, [
          {
            id: stableUuid('JOINED_LIVE', sessionId, learner.id),
            verb: 'JOINED_LIVE',
            learnerId: learner.id,
            residenceCityId: learner.residenceCityId,
            cityId: session.hostCityId,
            liveSessionId: sessionId,
            title: session.titleKo,
            occurredAt: now,
          },
        ]);
        return {
          status: 'JOINED',
          session: updated as LiveSessionRow,
          participant: taken?.participant as string,
        };
      });
    },
  };
}
