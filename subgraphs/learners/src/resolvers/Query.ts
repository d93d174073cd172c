import type { Context } from '../context.ts';

export const Query = {
  cities: (_: unknown, __: unknown, ctx: Context) => ctx.repo.cities.all(),
  city: (_: unknown, args: { id: string }, ctx: Context) => ctx.loaders.cityById.load(args.id),
  me: async (_: unknown, __: unknown, ctx: Context) => {
    if (!ctx.caller) return null;
    const learner = await ctx.loaders.learnerById.load(ctx.caller.id);
    return learner && !learner.deletedAt ? learner : null;
  },
};
