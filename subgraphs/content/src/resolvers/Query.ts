import { pageRequest, toConnection } from '@baeumteo/server';
import type { QueryResolvers } from '../generated/graphql.ts';
import { contentCursor } from '../repo/contents.ts';

export const Query: QueryResolvers = {
  contents: async (_, args, ctx) => {
    const page = pageRequest(args, 2);
    const { rows, totalCount } = await ctx.repo.contents.page(args.filter, page);
    return toConnection(rows, page.limit, totalCount, contentCursor);
  },
  content: (_, args, ctx) => ctx.loaders.contentById.load(args.id),
  learningPaths: (_, args, ctx) => ctx.repo.paths.list(args.level),
  liveSessions: (_, args, ctx) => ctx.repo.live.list(args.upcoming ? new Date() : null),
};
