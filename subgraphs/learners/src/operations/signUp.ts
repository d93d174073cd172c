// Opening an account: checked input, a unique email, an argon2id hash; the account, its
// residence, the holder's name for history and the access log are written in one transaction;
// then the new account's first session starts.
import { conflict } from '@baeumteo/server';
import type { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';
import { EmailTakenError } from '../repo/accounts.ts';
import { hashPassword } from '../rules/passwords.ts';
import { checkSignUp, type SignUpInput } from '../rules/signUp.ts';
import { startSession } from './session.ts';

export async function signUp(ctx: Context, input: SignUpInput) {
  const account = checkSignUp(input, await ctx.repo.cities.residenceIds());
  if (await ctx.repo.accounts.byEmail(account.email)) throw emailTaken();
  const passwordHash = await hashPassword(account.password);
  try {
    const learner = await ctx.repo.accounts.create(
      {
        email: account.email,
        passwordHash,
        displayName: account.displayName,
        birthYear: account.birthYear,
        preferredLocale: account.preferredLocale,
      },
      account.residenceCityId,
      { ip: ctx.ip, correlationId: ctx.correlationId },
    );
    return startSession(ctx, learner);
  } catch (error) {
    // A concurrent sign-up with the same email won the unique index.
    if (error instanceof EmailTakenError) throw emailTaken();
    throw error;
  }
}

function emailTaken(): GraphQLError {
  const error = conflict('An account with this email already exists.');
  error.extensions.field = 'input.email';
  return error;
}
