// Granting roles: PROVINCE_ADMIN grants any, CITY_STAFF grants INSTRUCTOR in their own city.
import { forbidden, notFound, unauthenticated } from '@baeumteo/server';
import type { Context } from '../context.ts';
import type { LearnerRow } from '../db/schema.ts';
import type { Role } from '../generated/graphql.ts';
import { mayGrant } from '../rules/access.ts';
import { checkGrant } from '../rules/grants.ts';
import { checkResidence } from '../rules/signUp.ts';

export async function grantRole(
  ctx: Context,
  learnerId: string,
  role: Role,
  cityIdInput: string | null | undefined,
): Promise<LearnerRow> {
  if (!ctx.caller) throw unauthenticated();
  const cityId = checkGrant(role, cityIdInput);
  if (cityId) checkResidence(cityId, await ctx.repo.cities.residenceIds(), 'cityId');
  if (!mayGrant(ctx.caller, role, cityId)) throw forbidden('You may not grant this role.');
  const learner = await ctx.loaders.learnerById.load(learnerId);
  if (!learner || learner.deletedAt) throw notFound('No learner has this id.');
  await ctx.repo.roles.grant(
    { learnerId: learner.id, role, cityId, grantedBy: ctx.caller.id },
    ctx.actor(learner.id),
  );
  ctx.loaders.rolesByLearner.clear(learner.id);
  return learner;
}
