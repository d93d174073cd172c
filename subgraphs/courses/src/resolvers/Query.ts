import { pageRequest, toConnection } from '@baeumteo/server';
import type { QueryResolvers } from '../generated/graphql.ts';
import { courseCursor } from '../repo/courses.ts';

export const Query: QueryResolvers = {
  courses: async (_, args, ctx) => {
    const page = pageRequest(args, 2);
    const { rows, totalCount } = await ctx.repo.courses.page(args.filter, page);
    return toConnection(rows, page.limit, totalCount, courseCursor);
  },
  course: (_, args, ctx) => ctx.loaders.courseById.load(args.id),
};
