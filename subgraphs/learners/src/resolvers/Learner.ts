import { forbidden } from '@baeumteo/server';
import type { Context } from '../context.ts';
import type { LearnerRow, ResidenceRow, RoleGrantRow } from '../db/schema.ts';
import { isSelf, maySeeEmail, maySeePrivate } from '../rules/access.ts';

/** A learner as resolved here; appliedCityIds arrive from the courses service (@requires). */
type LearnerParent = LearnerRow & { appliedCityIds?: string[] };

async function privateField<T>(learner: LearnerParent, ctx: Context, read: () => Promise<T> | T): Promise<T> {
  if (!maySeePrivate(ctx.caller, learner.id))
    throw forbidden('Only the learner and province admins see this.');
  if (!isSelf(ctx.caller, learner.id)) await ctx.logRead(learner.id, 'READ_PROFILE');
  return read();
}

export const Learner = {
  __resolveReference: async (ref: { id: string; appliedCityIds?: string[] }, ctx: Context) => {
    const learner = await ctx.loaders.learnerById.load(ref.id);
    return learner && { ...learner, appliedCityIds: ref.appliedCityIds };
  },
  email: async (learner: LearnerParent, _: unknown, ctx: Context) => {
    if (!learner.email || !maySeeEmail(ctx.caller, learner.id, learner.appliedCityIds ?? [])) return null;
    if (!isSelf(ctx.caller, learner.id)) await ctx.logRead(learner.id, 'READ_EMAIL');
    return learner.email;
  },
  residence: async (learner: LearnerParent, _: unknown, ctx: Context) => {
    const history = await ctx.loaders.residencesByLearner.load(learner.id);
    const current = history.find((r) => r.to === null) ?? history.at(-1);
    return current ? ctx.loaders.cityById.load(current.cityId) : null;
  },
  residenceHistory: (learner: LearnerParent, _: unknown, ctx: Context) =>
    privateField(learner, ctx, () => ctx.loaders.residencesByLearner.load(learner.id)),
  roles: (learner: LearnerParent, _: unknown, ctx: Context) =>
    privateField(learner, ctx, async () => [
      { role: 'RESIDENT', cityId: null },
      ...(await ctx.loaders.rolesByLearner.load(learner.id)),
    ]),
  birthYear: (learner: LearnerParent, _: unknown, ctx: Context) =>
    maySeePrivate(ctx.caller, learner.id) ? privateField(learner, ctx, () => learner.birthYear) : null,
};

export const Residence = {
  city: (residence: ResidenceRow, _: unknown, ctx: Context) => ctx.loaders.cityById.load(residence.cityId),
};

export const RoleGrant = {
  city: (grant: Pick<RoleGrantRow, 'cityId'>, _: unknown, ctx: Context) =>
    grant.cityId ? ctx.loaders.cityById.load(grant.cityId) : null,
};
