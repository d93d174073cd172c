// Confirming an email address: a link with a single-use token goes to the address at sign-up
// (and again on request); opening it marks the address confirmed, if it is still the account's.
// The link of an email change (operations/emailChange.ts) opens the same way and makes its
// address the account's.
import { badInput } from '@baeumteo/server';
import type { Context } from '../context.ts';
import { EmailTakenError } from '../repo/accounts.ts';
import { looksLikeToken } from '../rules/emailTokens.ts';
import { emailTaken } from './emailChange.ts';
import { signedInSession } from './session.ts';

export async function verifyEmail(ctx: Context, token: string): Promise<boolean> {
  if (!looksLikeToken(token)) throw badInput('This is not a verification link of ours.', 'token');
  const learner = await ctx.repo.accounts
    .verifyEmail(token, { ip: ctx.ip, correlationId: ctx.correlationId })
    .catch((error: unknown) => {
      // Another account took the new address since the link was sent: the link still works once
      // that address is free again.
      throw error instanceof EmailTakenError ? emailTaken('token') : error;
    });
  if (learner) ctx.loaders.learnerById.clear(learner.id);
  return learner !== null;
}

export async function resendVerificationEmail(ctx: Context): Promise<boolean> {
  const { learner } = await signedInSession(ctx);
  if (!learner.email || learner.emailVerifiedAt) return false;
  await ctx.repo.accounts.sendVerification(learner);
  return true;
}
