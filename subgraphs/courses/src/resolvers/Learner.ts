import type { Context } from '../context.ts';

export const Learner = {
  __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
  appliedCityIds: async (learner: { id: string }, _: unknown, ctx: Context) =>
    (await ctx.loaders.appliedCitiesByLearner.load(learner.id)).map((row) => row.cityId),
};
