// Every check of a password (signIn, changePassword, deleteMyAccount) is counted against the
// account from this client before argon2 runs (rules/throttle.ts): a stolen token cannot be used
// to guess the password either.
import { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';
import { passwordMatches } from '../rules/passwords.ts';
import { throttleKeys, throttlePolicy } from '../rules/throttle.ts';

function locked(): GraphQLError {
  return new GraphQLError(
    `Too many failed sign-ins from here. Wait ${throttlePolicy.windowMinutes} minutes and try again.`,
    { extensions: { code: 'RATE_LIMITED' } },
  );
}

/** Whether `password` is the account's; RATE_LIMITED, without checking, when this client used up its tries. */
export async function throttledPasswordCheck(
  ctx: Context,
  email: string,
  storedHash: string | null,
  password: string,
): Promise<boolean> {
  const keys = throttleKeys(email, ctx.ip);
  if (!(await ctx.repo.throttle.reserve(keys))) throw locked();
  const ok = await passwordMatches(storedHash, password.slice(0, 200));
  if (ok) await ctx.repo.throttle.succeeded(keys);
  return ok;
}
