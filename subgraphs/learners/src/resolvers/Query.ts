import type { QueryResolvers } from '../generated/graphql.ts';
import { learnerByEmail } from '../operations/findLearner.ts';

export const Query: QueryResolvers = {
  cities: (_, __, ctx) => ctx.repo.cities.all(),
  city: (_, args, ctx) => ctx.loaders.cityById.load(args.id),
  learnerByEmail: (_, args, ctx) => learnerByEmail(ctx, args.email),
  me: async (_, __, ctx) => {
    if (!ctx.caller) return null;
    const learner = await ctx.loaders.learnerById.load(ctx.caller.id);
    return learner && !learner.deletedAt ? learner : null;
  },
};
