import { loadPresent } from '@baeumteo/server';
import type { CourseResolvers } from '../generated/graphql.ts';

export const Course: CourseResolvers = {
  // The courses service sends contentIds along (@requires): no link between the two databases.
  contents: (course, _, ctx) => loadPresent(ctx.loaders.contentById, course.contentIds ?? []),
};
