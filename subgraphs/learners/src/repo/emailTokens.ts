// Email tokens: issued in the transaction that sends them, used at most once.
import { and, eq, gt, inArray, isNull } from 'drizzle-orm';
import { type EmailTokenPurpose, type EmailTokenRow, emailTokens, type LearnersDb } from '../db/schema.ts';
import { newEmailToken, tokenHash, tokenLifetimeMs } from '../rules/emailTokens.ts';

/** Issues a token for `purpose`, sent to `email`; returns the token itself (never stored). */
export async function issueEmailToken(
  tx: LearnersDb,
  learnerId: string,
  purpose: EmailTokenPurpose,
  email: string,
  now: Date,
): Promise<string> {
  const { token, hash } = newEmailToken();
  await tx.insert(emailTokens).values({
    learnerId,
    purpose,
    tokenHash: hash,
    email,
    createdAt: now,
    expiresAt: new Date(now.getTime() + tokenLifetimeMs[purpose]),
  });
  return token;
}

/**
 * Uses a token: the one statement that marks it used succeeds for one caller only, however many
 * present it at once. Null when it is unknown, used, expired or for another purpose.
 */
export async function useEmailToken(
  tx: LearnersDb,
  purpose: EmailTokenPurpose | readonly EmailTokenPurpose[],
  token: string,
  now: Date,
): Promise<EmailTokenRow | null> {
  const purposes = typeof purpose === 'string' ? [purpose] : [...purpose];
  const [row] = await tx
    .update(emailTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(emailTokens.tokenHash, tokenHash(token)),
        inArray(emailTokens.purpose, purposes),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, now),
      ),
    )
    .returning();
  return row ?? null;
}

/** Ends a learner's other unused tokens of a purpose (a reset used, a newer link sent). */
export async function retireEmailTokens(
  tx: LearnersDb,
  learnerId: string,
  purpose: EmailTokenPurpose,
  now: Date,
): Promise<void> {
  await tx
    .update(emailTokens)
    .set({ usedAt: now })
    .where(
      and(eq(emailTokens.learnerId, learnerId), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt)),
    );
}
