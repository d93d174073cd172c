import { pageRequest, toConnection } from '@baeumteo/server';
import type { Context } from '../context.ts';
import { type CourseFilter, courseCursor } from '../repo/courses.ts';

interface PageArgs {
  filter?: CourseFilter | null;
  first?: number | null;
  after?: string | null;
}

export const Query = {
  courses: async (_: unknown, args: PageArgs, ctx: Context) => {
    const page = pageRequest(args, 2);
    const { rows, totalCount } = await ctx.repo.courses.page(args.filter, page);
    return toConnection(rows, page.limit, totalCount, courseCursor);
  },
  course: (_: unknown, args: { id: string }, ctx: Context) => ctx.loaders.courseById.load(args.id),
};
