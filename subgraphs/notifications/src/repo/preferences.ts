// Learners' choices about their messages, and the unsubscribe links that change them without a
// sign-in. Each change applies to the row as it is under its lock: simultaneous changes of one
// learner (the preferences page and an unsubscribe link, say) never lose each other's kinds.
import type { Locale } from '@baeumteo/contracts';
import type { Db } from '@baeumteo/server';
import { eq } from 'drizzle-orm';
import { contacts, type PreferencesRow, preferences, type tables } from '../db/schema.ts';

export function preferencesRepo(db: Db<typeof tables>) {
  return {
    async of(learnerId: string): Promise<PreferencesRow | undefined> {
      const [row] = await db.select().from(preferences).where(eq(preferences.learnerId, learnerId));
      return row;
    },

    /**
     * Changes the learner's choices with `change` applied to what is stored (under the row's
     * lock, in one transaction); returns what they are now.
     */
    async update(
      learnerId: string,
      change: (current: { locale: Locale | null; muted: string[] }) => {
        locale: Locale | null;
        muted: string[];
      },
      now: Date,
    ): Promise<PreferencesRow> {
      return db.transaction(async (tx) => {
        await tx
          .insert(preferences)
          .values({ learnerId, updatedAt: now })
          .onConflictDoNothing({ target: preferences.learnerId });
        const [current] = await tx
          .select()
          .from(preferences)
          .where(eq(preferences.learnerId, learnerId))
          .for('update');
        const next = change({ locale: current?.locale ?? null, muted: current?.muted ?? [] });
        const [row] = await tx
          .update(preferences)
          .set({ ...next, updatedAt: now })
          .where(eq(preferences.learnerId, learnerId))
          .returning();
        return row!;
      });
    },

    /** The learner an unsubscribe link's token names, if any. */
    async learnerOfToken(token: string): Promise<string | undefined> {
      const [row] = await db
        .select({ learnerId: contacts.learnerId })
        .from(contacts)
        .where(eq(contacts.unsubscribeToken, token));
      return row?.learnerId;
    },
  };
}
