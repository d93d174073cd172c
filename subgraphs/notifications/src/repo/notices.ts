// Storing what the notice stream brings: contacts (newest wins), notifications (once per id)
// and the deliveries each new notification needs.
import type { Contact } from '@baeumteo/contracts';
import type { Db } from '@baeumteo/server';
import { inArray, sql } from 'drizzle-orm';
import type { ChannelName } from '../channels/channel.ts';
import { contacts, deliveries, notifications, phones, preferences, type tables } from '../db/schema.ts';

export type NewNotification = typeof notifications.$inferInsert;
export type NewDelivery = { notificationId: string; channel: ChannelName; dueAt: Date };

export function noticesRepo(db: Db<typeof tables>) {
  return {
    /** Keeps each learner's newest contact: one arriving after a newer one changes nothing. */
    async upsertContacts(rows: readonly Contact[]): Promise<void> {
      if (rows.length === 0) return;
      const newest = new Map<string, Contact>();
      for (const c of rows) {
        const seen = newest.get(c.learnerId);
        if (!seen || seen.occurredAt <= c.occurredAt) newest.set(c.learnerId, c);
      }
      await db
        .insert(contacts)
        .values(
          [...newest.values()].map((c) => ({
            learnerId: c.learnerId,
            cityId: c.cityId,
            name: c.name,
            email: c.email,
            emailVerified: c.emailVerified,
            locale: c.locale,
            updatedAt: new Date(c.occurredAt),
          })),
        )
        .onConflictDoUpdate({
          target: contacts.learnerId,
          set: {
            cityId: sql`excluded.city_id`,
            name: sql`excluded.name`,
            email: sql`excluded.email`,
            emailVerified: sql`excluded.email_verified`,
            locale: sql`excluded.locale`,
            updatedAt: sql`excluded.updated_at`,
          },
          setWhere: sql`${contacts.updatedAt} <= excluded.updated_at`,
        });
    },

    /** Stores the notifications not stored before; returns the ids that are new. */
    async insertNew(rows: readonly NewNotification[]): Promise<NewNotification[]> {
      if (rows.length === 0) return [];
      const inserted = await db
        .insert(notifications)
        .values([...rows])
        .onConflictDoNothing({ target: notifications.id })
        .returning({ id: notifications.id });
      const ids = new Set(inserted.map((r) => r.id));
      return rows.filter((r) => ids.has(r.id));
    },

    async addDeliveries(rows: readonly NewDelivery[]): Promise<void> {
      if (rows.length === 0) return;
      await db
        .insert(deliveries)
        .values([...rows])
        .onConflictDoNothing();
    },

    /** The learners among `learnerIds` who gave a phone number. */
    async withPhones(learnerIds: readonly string[]): Promise<Set<string>> {
      if (learnerIds.length === 0) return new Set();
      const rows = await db
        .select({ learnerId: phones.learnerId })
        .from(phones)
        .where(inArray(phones.learnerId, [...learnerIds]));
      return new Set(rows.map((r) => r.learnerId));
    },

    /** What each of `learnerIds` turned off ("KIND:CHANNEL"), for those who chose anything. */
    async mutedOf(learnerIds: readonly string[]): Promise<Map<string, string[]>> {
      if (learnerIds.length === 0) return new Map();
      const rows = await db
        .select({ learnerId: preferences.learnerId, muted: preferences.muted })
        .from(preferences)
        .where(inArray(preferences.learnerId, [...learnerIds]));
      return new Map(rows.map((r) => [r.learnerId, r.muted]));
    },
  };
}
