// The notification centre's reads and writes: a learner's messages, newest first (by when what
// they tell of happened: notices often arrive several in one batch), how many are unread, marking
// them read, and the contact that says in which language to show them.
import { accountNoticeKinds } from '@baeumteo/contracts';
import type { Db } from '@baeumteo/server';
import { and, count, desc, eq, inArray, isNull, notInArray } from 'drizzle-orm';
import {
  type ContactRow,
  contacts,
  type NotificationRow,
  notifications,
  phones,
  type tables,
} from '../db/schema.ts';

/** Account messages carry links for one address's eyes: the centre never lists them. */
const listed = notInArray(notifications.kind, [...accountNoticeKinds]);

export function centreRepo(db: Db<typeof tables>) {
  return {
    async list(learnerId: string, first: number): Promise<NotificationRow[]> {
      return db
        .select()
        .from(notifications)
        .where(and(eq(notifications.learnerId, learnerId), listed))
        .orderBy(desc(notifications.occurredAt), desc(notifications.createdAt), desc(notifications.id))
        .limit(first);
    },

    async unreadCount(learnerId: string): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(notifications)
        .where(and(eq(notifications.learnerId, learnerId), listed, isNull(notifications.readAt)));
      return row?.n ?? 0;
    },

    /** Marks the learner's unread notifications read (only those of `ids` when given). */
    async markRead(learnerId: string, ids: readonly string[] | null, now: Date): Promise<number> {
      if (ids?.length === 0) return 0;
      const rows = await db
        .update(notifications)
        .set({ readAt: now })
        .where(
          and(
            eq(notifications.learnerId, learnerId),
            listed,
            isNull(notifications.readAt),
            ids ? inArray(notifications.id, [...ids]) : undefined,
          ),
        )
        .returning({ id: notifications.id });
      return rows.length;
    },

    async phoneOf(learnerId: string): Promise<string | null> {
      const [row] = await db
        .select({ number: phones.number })
        .from(phones)
        .where(eq(phones.learnerId, learnerId));
      return row?.number ?? null;
    },

    /** Keeps the learner's number, with the time they consented. */
    async setPhone(learnerId: string, number: string, now: Date): Promise<void> {
      await db
        .insert(phones)
        .values({ learnerId, number, consentedAt: now })
        .onConflictDoUpdate({ target: phones.learnerId, set: { number, consentedAt: now } });
    },

    async removePhone(learnerId: string): Promise<boolean> {
      const rows = await db
        .delete(phones)
        .where(eq(phones.learnerId, learnerId))
        .returning({ id: phones.learnerId });
      return rows.length > 0;
    },

    async contactOf(learnerId: string): Promise<ContactRow | undefined> {
      const [row] = await db.select().from(contacts).where(eq(contacts.learnerId, learnerId));
      return row;
    },
  };
}
