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
    await ctx.logAccess('READ_ENROLLMENTS', null, [learner.id]);
    const all = await ctx.loaders.enrollmentsByLearner.load(learner.id);
    return args.status ? all.filter((e) => e.status === args.status) : all;
  },
  coursesAccessLog: (learner, _, ctx) => {
    if (!seesEnrollmentsOf(ctx.caller, learner.id))
      throw forbidden('Only the learner sees who read their applications.');
    return ctx.repo.accessLog.of(learner.id);
  },
};
