// Signing in, throttled per account and per client address (rules/throttle.ts).
import { unauthenticated } from '@baeumteo/server';
import { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';
import { passwordMatches } from '../rules/passwords.ts';
import { normalizeEmail } from '../rules/signUp.ts';
import { accountKey, addressKey, isLocked, throttlePolicy } from '../rules/throttle.ts';
import { authPayload } from './session.ts';

function rateLimited(): GraphQLError {
  return new GraphQLError('Too many failed sign-ins. Wait 15 minutes and try again.', {
    extensions: { code: 'RATE_LIMITED' },
  });
}

/** A wrong password and an unknown email answer the same, and take as long. */
export async function signIn(ctx: Context, emailInput: string, password: string) {
  const email = normalizeEmail(emailInput).slice(0, 254);
  const keys = { account: accountKey(email), address: addressKey(ctx.ip) };
  const now = new Date();
  const states = await ctx.repo.throttle.states([keys.account, keys.address]);
  if (states.some((s) => isLocked(s, now))) throw rateLimited();
  const learner = await ctx.repo.accounts.byEmail(email);
  const ok = await passwordMatches(learner?.passwordHash ?? null, password.slice(0, 200));
  if (!learner || !ok) {
    await ctx.repo.throttle.recordFailure(keys.account, throttlePolicy.maxAccountFailures, now);
    await ctx.repo.throttle.recordFailure(keys.address, throttlePolicy.maxAddressFailures, now);
    throw unauthenticated('The email or the password is wrong.');
  }
  await ctx.repo.throttle.clear(keys.account);
  return authPayload(ctx, learner);
}
