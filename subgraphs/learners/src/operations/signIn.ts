// Signing in: the attempt is counted before the password is checked (operations/passwordCheck.ts),
// and a session starts when it is right.
import { unauthenticated } from '@baeumteo/server';
import type { Context } from '../context.ts';
import { normalizeEmail } from '../rules/signUp.ts';
import { throttledPasswordCheck } from './passwordCheck.ts';
import { startSession } from './session.ts';

/** A wrong password and an unknown email answer the same, and take as long. */
export async function signIn(ctx: Context, emailInput: string, password: string) {
  const email = normalizeEmail(emailInput).slice(0, 254);
  const learner = await ctx.repo.accounts.byEmail(email);
  const ok = await throttledPasswordCheck(ctx, email, learner?.passwordHash ?? null, password);
  if (!learner || !ok) throw unauthenticated('The email or the password is wrong.');
  return startSession(ctx, learner);
}
