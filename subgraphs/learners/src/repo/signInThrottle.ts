// Failed sign-ins, counted by one upsert per key so that concurrent failures all count.
import { inArray, sql } from 'drizzle-orm';
import type { LearnersDb } from '../db/schema.ts';
import { signInFailures } from '../db/schema.ts';
import { throttlePolicy } from '../rules/throttle.ts';

export function signInThrottleRepo(db: LearnersDb) {
  return {
    states(keys: string[]) {
      return db.select().from(signInFailures).where(inArray(signInFailures.key, keys));
    },

    async recordFailure(key: string, maxFailures: number, now = new Date()): Promise<void> {
      const windowStart = new Date(now.getTime() - throttlePolicy.windowMinutes * 60_000);
      const lockedUntil = new Date(now.getTime() + throttlePolicy.lockMinutes * 60_000);
      const stale = sql`${signInFailures.firstFailureAt} < ${windowStart.toISOString()}::timestamptz`;
      const failures = sql`case when ${stale} then 1 else ${signInFailures.failures} + 1 end`;
      await db
        .insert(signInFailures)
        .values({ key, failures: 1, firstFailureAt: now, lockedUntil: maxFailures <= 1 ? lockedUntil : null })
        .onConflictDoUpdate({
          target: signInFailures.key,
          set: {
            failures,
            firstFailureAt: sql`case when ${stale} then ${now.toISOString()}::timestamptz else ${signInFailures.firstFailureAt} end`,
            lockedUntil: sql`case when ${failures} >= ${maxFailures} then ${lockedUntil.toISOString()}::timestamptz else ${signInFailures.lockedUntil} end`,
          },
        });
    },

    async clear(key: string): Promise<void> {
      await db.delete(signInFailures).where(inArray(signInFailures.key, [key]));
    },
  };
}
