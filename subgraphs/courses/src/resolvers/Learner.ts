import { forbidden } from '@baeumteo/server';
import type { LearnerResolvers } from '../generated/graphql.ts';
import { seesEnrollmentsOf } from '../rules/access.ts';

export const Learner: LearnerResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  appliedCityIds: async (learner, _, ctx) =>
    (await ctx.loaders.appliedCitiesByLearner.load(learner.id)).map((row) => row.cityId),
  enrollments: async (learner, args, ctx) => {
    if (!seesEnrollmentsOf(ctx.caller, learner.id))
      throw forbidden('Only the learner sees their enrollments.');
    const all = await ctx.loaders.enrollmentsByLearner.load(learner.id);
    return args.status ? all.filter((e) => e.status === args.status) : all;
  },
};
