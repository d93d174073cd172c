import { forbidden } from '@baeumteo/server';
import type { Context } from '../context.ts';
import type { LearnerResolvers, ResidenceResolvers, RoleGrantResolvers } from '../generated/graphql.ts';
import { isSelf, maySeeEmail, maySeePrivate } from '../rules/access.ts';
import { currentResidence } from '../rules/caller.ts';
import type { LearnerParent } from './parents.ts';

async function privateField<T>(learner: LearnerParent, ctx: Context, read: () => Promise<T> | T): Promise<T> {
  if (!maySeePrivate(ctx.caller, learner.id))
    throw forbidden('Only the learner and province admins see this.');
  if (!isSelf(ctx.caller, learner.id)) await ctx.logRead(learner.id, 'READ_PROFILE');
  return read();
}

export const Learner: LearnerResolvers = {
  __resolveReference: async (ref, ctx) => {
    const learner = await ctx.loaders.learnerById.load(ref.id);
    return learner && { ...learner, appliedCityIds: ref.appliedCityIds };
  },
  email: async (learner, _, ctx) => {
    if (!learner.email || !maySeeEmail(ctx.caller, learner.id, learner.appliedCityIds ?? [])) return null;
    if (!isSelf(ctx.caller, learner.id)) await ctx.logRead(learner.id, 'READ_EMAIL');
    return learner.email;
  },
  emailVerified: (learner, _, ctx) =>
    learner.email && maySeeEmail(ctx.caller, learner.id, learner.appliedCityIds ?? [])
      ? learner.emailVerifiedAt !== null
      : null,
  residence: async (learner, _, ctx) => {
    const history = await ctx.loaders.residencesByLearner.load(learner.id);
    const current = currentResidence(history) ?? history.at(-1);
    // Every account has lived in a city since it signed up; its row exists (foreign key).
    return (current ? await ctx.loaders.cityById.load(current.cityId) : null)!;
  },
  residenceHistory: (learner, _, ctx) =>
    privateField(learner, ctx, () => ctx.loaders.residencesByLearner.load(learner.id)),
  roles: (learner, _, ctx) =>
    privateField(learner, ctx, async () => [
      { role: 'RESIDENT' as const, cityId: null },
      ...(await ctx.loaders.rolesByLearner.load(learner.id)),
    ]),
  birthYear: (learner, _, ctx) =>
    maySeePrivate(ctx.caller, learner.id) ? privateField(learner, ctx, () => learner.birthYear) : null,
};

export const Residence: ResidenceResolvers = {
  // A residence's city exists (foreign key).
  city: async (residence, _, ctx) => (await ctx.loaders.cityById.load(residence.cityId))!,
};

export const RoleGrant: RoleGrantResolvers = {
  city: (grant, _, ctx) => (grant.cityId ? ctx.loaders.cityById.load(grant.cityId) : null),
};
