// Account operations behind the mutations: sign-up, sign-in with throttling, tokens.
import { type Caller, conflict, issueAccessToken, type RoleGrant, unauthenticated } from '@baeumteo/server';
import { GraphQLError } from 'graphql';
import type { Context } from './context.ts';
import type { LearnerRow, RoleGrantRow } from './db/schema.ts';
import { EmailTakenError } from './repo/accounts.ts';
import { hashPassword, passwordMatches } from './rules/passwords.ts';
import { checkSignUp, normalizeEmail, type SignUpInput } from './rules/signUp.ts';
import { accountKey, addressKey, isLocked, throttlePolicy } from './rules/throttle.ts';

export function callerOf(learnerId: string, grants: RoleGrantRow[], residenceCityId: string | null): Caller {
  const roles: RoleGrant[] = grants.map((g) => ({ role: g.role, cityId: g.cityId }));
  return { id: learnerId, roles, residenceCityId };
}

/** A fresh token carrying the learner's current roles and residence. */
export async function authPayload(ctx: Context, learner: LearnerRow) {
  const [grants, residences] = await Promise.all([
    ctx.repo.roles.of([learner.id]),
    ctx.repo.accounts.residencesOf([learner.id]),
  ]);
  const residence = residences.find((r) => r.to === null)?.cityId ?? null;
  return { token: await issueAccessToken(ctx.keys.token, callerOf(learner.id, grants, residence)), learner };
}

export async function signUp(input: SignUpInput, ctx: Context) {
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
    return authPayload(ctx, learner);
  } catch (error) {
    if (error instanceof EmailTakenError) throw emailTaken();
    throw error;
  }
}

function emailTaken(): GraphQLError {
  const error = conflict('An account with this email already exists.');
  error.extensions.field = 'input.email';
  return error;
}

function rateLimited(): GraphQLError {
  return new GraphQLError('Too many failed sign-ins. Wait 15 minutes and try again.', {
    extensions: { code: 'RATE_LIMITED' },
  });
}

/** A wrong password and an unknown email answer the same, and take as long. */
export async function signIn(emailInput: string, password: string, ctx: Context) {
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

/** The signed-in learner, or UNAUTHENTICATED. A deleted account is signed out everywhere. */
export async function signedIn(ctx: Context): Promise<LearnerRow> {
  if (!ctx.caller) throw unauthenticated();
  const learner = await ctx.loaders.learnerById.load(ctx.caller.id);
  if (!learner || learner.deletedAt) throw unauthenticated('This account no longer exists.');
  return learner;
}
