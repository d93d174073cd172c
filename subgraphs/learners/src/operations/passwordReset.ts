// Recovering an account: a reset link goes to the account's address; its token sets a new
// password once, within 30 minutes, and ends every session. Asking answers the same whether or
// not the address has an account, and takes about as long.
import { badInput } from '@baeumteo/server';
import type { Context } from '../context.ts';
import { looksLikeToken } from '../rules/emailTokens.ts';
import { hashPassword } from '../rules/passwords.ts';
import { checkPassword, normalizeEmail } from '../rules/signUp.ts';

export async function requestPasswordReset(ctx: Context, emailInput: string): Promise<boolean> {
  const email = normalizeEmail(emailInput).slice(0, 254);
  const learner = await ctx.repo.accounts.byEmail(email);
  if (learner)
    await ctx.repo.accounts.sendPasswordReset(learner, { ip: ctx.ip, correlationId: ctx.correlationId });
  return true;
}

export async function resetPassword(ctx: Context, token: string, newPassword: string): Promise<boolean> {
  if (!looksLikeToken(token)) throw badInput('This is not a reset link of ours.', 'token');
  checkPassword(newPassword, 'newPassword');
  const learner = await ctx.repo.accounts.resetPassword(token, await hashPassword(newPassword), {
    ip: ctx.ip,
    correlationId: ctx.correlationId,
  });
  if (learner) ctx.loaders.learnerById.clear(learner.id);
  return learner !== null;
}
