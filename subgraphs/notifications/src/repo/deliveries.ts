// The delivery queue: due deliveries claimed with a lease (several senders never take the same
// one), then marked sent, failed (tried again later) or dead, and the dead letters staff see.
import type { Db } from '@baeumteo/server';
import { and, desc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { contacts, deliveries, notifications, phones, preferences, type tables } from '../db/schema.ts';

/** A claimed delivery with what sending it needs. */
export interface DueDelivery {
  id: string;
  channel: (typeof deliveries.$inferSelect)['channel'];
  attempts: number;
  notification: typeof notifications.$inferSelect;
  contact: typeof contacts.$inferSelect | null;
  phone: string | null;
  /** What the learner chose: their messages' language, the kinds and channels turned off. */
  choices: { locale: (typeof preferences.$inferSelect)['locale']; muted: string[] } | null;
}

/** A dead letter as staff see it: what and where, never to whom. */
export interface DeadLetterRow {
  id: string;
  notificationId: string;
  channel: (typeof deliveries.$inferSelect)['channel'];
  kind: (typeof notifications.$inferSelect)['kind'];
  cityId: string;
  attempts: number;
  lastError: string | null;
  diedAt: Date | null;
}

export function deliveriesRepo(db: Db<typeof tables>) {
  return {
    /** Claims up to `limit` deliveries due at `now` for `leaseMs`, oldest first. */
    async claimDue(now: Date, limit: number, leaseMs: number): Promise<DueDelivery[]> {
      const until = new Date(now.getTime() + leaseMs);
      const due = db
        .select({ id: deliveries.id })
        .from(deliveries)
        .where(
          and(
            eq(deliveries.status, 'PENDING'),
            lte(deliveries.dueAt, now),
            or(isNull(deliveries.claimedUntil), lte(deliveries.claimedUntil, now)),
          ),
        )
        .orderBy(deliveries.dueAt)
        .limit(limit)
        .for('update', { skipLocked: true });
      const claimed = await db
        .update(deliveries)
        .set({ claimedUntil: until })
        .where(inArray(deliveries.id, due))
        .returning({ id: deliveries.id });
      if (claimed.length === 0) return [];
      const rows = await db
        .select({
          id: deliveries.id,
          channel: deliveries.channel,
          attempts: deliveries.attempts,
          dueAt: deliveries.dueAt,
          notification: notifications,
          contact: contacts,
          phone: phones.number,
          // A not-null column first: drizzle makes a left-joined object null when its first field is.
          choices: { muted: preferences.muted, locale: preferences.locale },
        })
        .from(deliveries)
        .innerJoin(notifications, eq(notifications.id, deliveries.notificationId))
        .leftJoin(contacts, eq(contacts.learnerId, notifications.learnerId))
        .leftJoin(phones, eq(phones.learnerId, notifications.learnerId))
        .leftJoin(preferences, eq(preferences.learnerId, notifications.learnerId))
        .where(
          inArray(
            deliveries.id,
            claimed.map((c) => c.id),
          ),
        )
        .orderBy(deliveries.dueAt);
      return rows.map(({ dueAt: _due, ...row }) => row);
    },

    async markSent(id: string, providerId: string | undefined, now: Date): Promise<void> {
      await db
        .update(deliveries)
        .set({
          status: 'SENT',
          finishedAt: now,
          providerId: providerId?.slice(0, 200) ?? null,
          claimedUntil: null,
          attempts: sql`${deliveries.attempts} + 1`,
        })
        .where(eq(deliveries.id, id));
    },

    /** Removes the token of a sent account message from what is kept of it. */
    async forgetToken(notificationId: string): Promise<void> {
      await db
        .update(notifications)
        .set({ facts: sql`${notifications.facts} - 'token'` })
        .where(eq(notifications.id, notificationId));
    },

    /** A failed try: due again at `retryAt`, or dead when there is none. */
    async recordFailure(id: string, reason: string, retryAt: Date | null, now: Date): Promise<void> {
      await db
        .update(deliveries)
        .set({
          attempts: sql`${deliveries.attempts} + 1`,
          lastError: reason,
          claimedUntil: null,
          ...(retryAt ? { dueAt: retryAt } : { status: 'DEAD' as const, finishedAt: now }),
        })
        .where(eq(deliveries.id, id));
    },

    /** Nowhere to send it (no address, not verified, no phone): kept, not retried. */
    async skip(id: string, reason: string, now: Date): Promise<void> {
      await db
        .update(deliveries)
        .set({ status: 'SKIPPED', lastError: reason, finishedAt: now, claimedUntil: null })
        .where(eq(deliveries.id, id));
    },

    /** The dead letters of a tenant ('*': every one), newest first. */
    async deadLetters(cityId: string, limit = 100): Promise<DeadLetterRow[]> {
      return db
        .select({
          id: deliveries.id,
          notificationId: deliveries.notificationId,
          channel: deliveries.channel,
          kind: notifications.kind,
          cityId: notifications.cityId,
          attempts: deliveries.attempts,
          lastError: deliveries.lastError,
          diedAt: deliveries.finishedAt,
        })
        .from(deliveries)
        .innerJoin(notifications, eq(notifications.id, deliveries.notificationId))
        .where(
          and(eq(deliveries.status, 'DEAD'), cityId === '*' ? undefined : eq(notifications.cityId, cityId)),
        )
        .orderBy(desc(deliveries.finishedAt))
        .limit(limit);
    },

    /** Sends a tenant's dead letters again from now (once the cause is fixed); returns how many. */
    async requeue(cityId: string, ids: readonly string[], now: Date): Promise<number> {
      if (ids.length === 0) return 0;
      const ofCity = db
        .select({ id: notifications.id })
        .from(notifications)
        .where(eq(notifications.cityId, cityId));
      const rows = await db
        .update(deliveries)
        .set({ status: 'PENDING', dueAt: now, attempts: 0, finishedAt: null, claimedUntil: null })
        .where(
          and(
            eq(deliveries.status, 'DEAD'),
            inArray(deliveries.id, [...ids]),
            cityId === '*' ? undefined : inArray(deliveries.notificationId, ofCity),
          ),
        )
        .returning({ id: deliveries.id });
      return rows.length;
    },
  };
}
