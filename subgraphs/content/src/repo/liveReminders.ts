// Data access for live class reminders: who asked, and the worker's batch that queues one
// LIVE_STARTING notice per learner who asked, in the transaction that marks their wish queued.
import { type NewNotice, writeNotices } from '@baeumteo/contracts';
import { currentTraceparent, inTenant, isUuid, rowsOf } from '@baeumteo/server';
import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  type LiveReminderRow,
  type LiveSessionRow,
  liveReminders,
  liveSessions,
  noticeOutbox,
} from '../db/schema.ts';
import type { ContentDb } from './contents.ts';

export type ReminderResult = { status: 'SET'; session: LiveSessionRow } | { status: 'MISSING' };

/** What the worker needs to know of one due reminder. */
export interface DueReminder {
  sessionId: string;
  learnerId: string;
  hostCityId: string;
  title: string;
  titleEn: string | null;
  startsAt: Date;
}

export function liveRemindersRepo(db: ContentDb) {
  return {
    /**
     * Records (or withdraws) a learner's wish to be reminded. Asking twice keeps the first wish,
     * and with it whether its notice was queued: a second ask never means a second message.
     */
    async set(
      sessionId: string,
      learnerId: string,
      remind: boolean,
      check: (session: LiveSessionRow) => void,
    ): Promise<ReminderResult> {
      if (!isUuid(sessionId)) return { status: 'MISSING' };
      return db.transaction(async (tx) => {
        const [session] = await tx.select().from(liveSessions).where(eq(liveSessions.id, sessionId));
        if (!session) return { status: 'MISSING' };
        const mine = and(eq(liveReminders.sessionId, sessionId), eq(liveReminders.learnerId, learnerId));
        if (remind) {
          check(session);
          await tx.insert(liveReminders).values({ sessionId, learnerId }).onConflictDoNothing();
        } else {
          await tx.delete(liveReminders).where(mine);
        }
        return { status: 'SET', session };
      });
    },

    /** The signed-in learner's reminders among these sessions. */
    ofLearnerIn(learnerId: string, sessionIds: readonly string[]): Promise<LiveReminderRow[]> {
      const valid = sessionIds.filter(isUuid);
      if (valid.length === 0) return Promise.resolve([]);
      return db
        .select()
        .from(liveReminders)
        .where(and(eq(liveReminders.learnerId, learnerId), inArray(liveReminders.sessionId, valid)));
    },

    /**
     * Queues the notices of up to `limit` reminders due now (sessions starting in the window
     * `starts`) and marks them queued, in one transaction. The rows are claimed with SKIP LOCKED,
     * so workers running at once share the due reminders instead of sending any twice; the
     * notice's id, stable per session and learner, keeps one message whatever else happens.
     * Under the province's tenant: the notices belong to many host cities.
     */
    queueDue(
      now: Date,
      starts: { after: Date; by: Date },
      limit: number,
      notice: (reminder: DueReminder) => NewNotice,
    ): Promise<number> {
      return inTenant(db, '*', async (tx) => {
        // Written out: drizzle qualifies the relation of FOR UPDATE OF with its schema, which
        // PostgreSQL refuses (and raw parameters go as text: postgres.js takes no Date here). A
        // session that starts after `after` has not ended by then, so `ends_at > after` lets the
        // sessions' ends index bound the search.
        const after = starts.after.toISOString();
        const by = starts.by.toISOString();
        const due = rowsOf<DueReminder>(
          await tx.execute(sql`
            select r.session_id as "sessionId", r.learner_id as "learnerId",
              s.host_city_id as "hostCityId", s.title_ko as "title", s.title_en as "titleEn", s.starts_at as "startsAt"
            from ${liveReminders} r join ${liveSessions} s on s.id = r.session_id
            where r.queued_at is null and s.ends_at > ${after}::timestamptz
              and s.starts_at > ${after}::timestamptz and s.starts_at <= ${by}::timestamptz
            order by s.starts_at, r.session_id, r.learner_id
            limit ${limit}
            for update of r skip locked`),
        ).map((r) => ({ ...r, startsAt: new Date(r.startsAt) }));
        if (due.length === 0) return 0;
        await writeNotices(tx, noticeOutbox, due.map(notice), { traceparent: currentTraceparent() });
        for (const [sessionId, learners] of groupBySession(due)) {
          await tx
            .update(liveReminders)
            .set({ queuedAt: now })
            .where(and(eq(liveReminders.sessionId, sessionId), inArray(liveReminders.learnerId, learners)));
        }
        return due.length;
      });
    },
  };
}

function groupBySession(due: readonly DueReminder[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const r of due) groups.set(r.sessionId, [...(groups.get(r.sessionId) ?? []), r.learnerId]);
  return groups;
}
