import { forbidden } from '@baeumteo/server';
import type { Context } from '../context.ts';
import type { EnrollmentStatus } from '../repo/enrollments.ts';
import { seesEnrollmentsOf } from '../rules/access.ts';

export const Learner = {
  __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
  appliedCityIds: async (learner: { id: string }, _: unknown, ctx: Context) =>
    (await ctx.loaders.appliedCitiesByLearner.load(learner.id)).map((row) => row.cityId),
  enrollments: async (learner: { id: string }, args: { status?: EnrollmentStatus | null }, ctx: Context) => {
    if (!seesEnrollmentsOf(ctx.caller, learner.id))
      throw forbidden('Only the learner sees their enrollments.');
    const all = await ctx.loaders.enrollmentsByLearner.load(learner.id);
    return args.status ? all.filter((e) => e.status === args.status) : all;
  },
};
