// Changing the account's address: the signed-in learner gives the new one and their password; a
// link goes to the new address, and only opening it (verifyEmail) changes the account's address,
// confirmed, and tells the old one. Until then the account signs in with its old address.
import { badInput, conflict } from '@baeumteo/server';
import type { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';
import { checkNewEmail } from '../rules/emailChange.ts';
import { throttledPasswordCheck } from './passwordCheck.ts';
import { signedInSession } from './session.ts';

export async function requestEmailChange(ctx: Context, newEmail: string, password: string): Promise<true> {
  const { learner } = await signedInSession(ctx);
  const email = checkNewEmail(learner.email, newEmail);
  // Only the account's holder learns whether an address is taken (as at sign-up), and the
  // password check is throttled like a sign-in.
  if (!(await throttledPasswordCheck(ctx, learner.email ?? '', learner.passwordHash, password))) {
    throw badInput('The password is wrong.', 'password');
  }
  if (await ctx.repo.accounts.byEmail(email)) throw emailTaken();
  await ctx.repo.accounts.requestEmailChange(learner, email, {
    ip: ctx.ip,
    correlationId: ctx.correlationId,
  });
  return true;
}

/** As at sign-up: the address belongs to another account (CONFLICT, on the field that named it). */
export function emailTaken(field = 'newEmail'): GraphQLError {
  const error = conflict('An account with this email already exists.');
  error.extensions.field = field;
  return error;
}
