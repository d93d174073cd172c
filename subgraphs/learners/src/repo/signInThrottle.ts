// Sign-in attempts, reserved before the password is checked: one upsert per key counts the attempt
// only while the key is under its limit, so concurrent attempts cannot all slip through.
import { eq, sql } from 'drizzle-orm';
import type { LearnersDb } from '../db/schema.ts';
import { signInFailures } from '../db/schema.ts';
import { type ThrottleKeys, throttlePolicy, windowStart } from '../rules/throttle.ts';

class Refused extends Error {}

/** Counts one attempt on `key` unless `max` are already counted in its window; false: refused. */
async function reserveOne(db: LearnersDb, key: string, max: number, now: Date): Promise<boolean> {
  const stale = sql`${signInFailures.firstFailureAt} < ${windowStart(now).toISOString()}::timestamptz`;
  const rows = await db
    .insert(signInFailures)
    .values({ key, failures: 1, firstFailureAt: now })
    .onConflictDoUpdate({
      target: signInFailures.key,
      set: {
        failures: sql`case when ${stale} then 1 else ${signInFailures.failures} + 1 end`,
        firstFailureAt: sql`case when ${stale} then ${now.toISOString()}::timestamptz else ${signInFailures.firstFailureAt} end`,
      },
      setWhere: sql`${stale} or ${signInFailures.failures} < ${max}`,
    })
    .returning({ key: signInFailures.key });
  return rows.length === 1;
}

export function signInThrottleRepo(db: LearnersDb) {
  return {
    /** Counts an attempt for the account from this client and for the client, or neither. */
    async reserve(keys: ThrottleKeys, now = new Date()): Promise<boolean> {
      try {
        await db.transaction(async (tx) => {
          if (!(await reserveOne(tx, keys.accountClient, throttlePolicy.maxAccountClientFailures, now)))
            throw new Refused();
          if (!(await reserveOne(tx, keys.client, throttlePolicy.maxClientFailures, now)))
            throw new Refused();
        });
        return true;
      } catch (error) {
        if (error instanceof Refused) return false;
        throw error;
      }
    },

    /** The password was right: the account is free again from this client, the client's attempt given back. */
    async succeeded(keys: ThrottleKeys): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.delete(signInFailures).where(eq(signInFailures.key, keys.accountClient));
        await tx
          .update(signInFailures)
          .set({ failures: sql`greatest(${signInFailures.failures} - 1, 0)` })
          .where(eq(signInFailures.key, keys.client));
      });
    },
  };
}
