import { loadPresent } from '@baeumteo/server';
import type { Context } from '../context.ts';

interface CourseRef {
  id: string;
  contentIds: string[];
}

export const Course = {
  // The courses service sends contentIds along (@requires): no link between the two databases.
  contents: (course: CourseRef, _: unknown, ctx: Context) =>
    loadPresent(ctx.loaders.contentById, course.contentIds ?? []),
};
