import type { CourseResolvers } from '../generated/graphql.ts';
import { assertReachStaff } from '../rules/access.ts';

export const Course: CourseResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  notificationReach: async (course, _, ctx) => {
    const reach = await ctx.repo.reach.ofCourse(course.id);
    assertReachStaff(ctx.caller, reach.cityId);
    return { learners: reach.learners, channels: reach.channels };
  },
};
