// Who is signed in, and the token that says so.
import { issueAccessToken, unauthenticated } from '@baeumteo/server';
import type { Context } from '../context.ts';
import type { LearnerRow } from '../db/schema.ts';
import { callerOf, currentResidence } from '../rules/caller.ts';

/** The signed-in learner, or UNAUTHENTICATED. A deleted account is signed out everywhere. */
export async function signedIn(ctx: Context): Promise<LearnerRow> {
  if (!ctx.caller) throw unauthenticated();
  const learner = await ctx.loaders.learnerById.load(ctx.caller.id);
  if (!learner || learner.deletedAt) throw unauthenticated('This account no longer exists.');
  return learner;
}

/** A fresh token carrying the learner's current roles and residence. */
export async function authPayload(ctx: Context, learner: LearnerRow) {
  const [grants, residences] = await Promise.all([
    ctx.repo.roles.of([learner.id]),
    ctx.repo.accounts.residencesOf([learner.id]),
  ]);
  const residence = currentResidence(residences)?.cityId ?? null;
  return { token: await issueAccessToken(ctx.keys.token, callerOf(learner.id, grants, residence)), learner };
}

/** A new token for the signed-in learner, after they moved or were granted a role. */
export async function refreshToken(ctx: Context) {
  return authPayload(ctx, await signedIn(ctx));
}
