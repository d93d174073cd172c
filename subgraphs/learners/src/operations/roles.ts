// Granting and revoking roles: PROVINCE_ADMIN any, CITY_STAFF INSTRUCTOR in their own city.
import { forbidden, notFound, unauthenticated } from '@baeumteo/server';
import type { Context } from '../context.ts';
import type { LearnerRow } from '../db/schema.ts';
import type { Role } from '../generated/graphql.ts';
import { mayGrant } from '../rules/access.ts';
import { checkGrant } from '../rules/grants.ts';
import { checkResidence } from '../rules/signUp.ts';

/** Checks who may change which role of whom; answers the learner and the grant's city. */
async function checkRoleChange(
  ctx: Context,
  learnerId: string,
  role: Role,
  cityIdInput: string | null | undefined,
  verb: 'grant' | 'revoke',
): Promise<{ learner: LearnerRow; cityId: string | null }> {
  if (!ctx.caller) throw unauthenticated();
  const cityId = checkGrant(role, cityIdInput);
  if (cityId) checkResidence(cityId, await ctx.repo.cities.residenceIds(), 'cityId');
  if (!mayGrant(ctx.caller, role, cityId)) throw forbidden(`You may not ${verb} this role.`);
  const learner = await ctx.loaders.learnerById.load(learnerId);
  if (!learner || learner.deletedAt) throw notFound('No learner has this id.');
  return { learner, cityId };
}

export async function grantRole(
  ctx: Context,
  learnerId: string,
  role: Role,
  cityIdInput: string | null | undefined,
): Promise<LearnerRow> {
  const { learner, cityId } = await checkRoleChange(ctx, learnerId, role, cityIdInput, 'grant');
  await ctx.repo.roles.grant(
    { learnerId: learner.id, role, cityId, grantedBy: ctx.caller?.id ?? null },
    ctx.actor(learner.id),
  );
  ctx.loaders.rolesByLearner.clear(learner.id);
  return learner;
}

/** Revokes a role: the learner's tokens lose it when the gateway next checks their session (≤ 60 s). */
export async function revokeRole(
  ctx: Context,
  learnerId: string,
  role: Role,
  cityIdInput: string | null | undefined,
): Promise<LearnerRow> {
  const { learner, cityId } = await checkRoleChange(ctx, learnerId, role, cityIdInput, 'revoke');
  await ctx.repo.roles.revoke({ learnerId: learner.id, role, cityId }, ctx.actor(learner.id));
  ctx.loaders.rolesByLearner.clear(learner.id);
  return learner;
}
