import { pageRequest, toConnection } from '@baeumteo/server';
import type { Context } from '../context.ts';
import type { ContentRow } from '../db/schema.ts';
import { type ContentFilter, contentCursor } from '../repo/contents.ts';

export const Query = {
  contents: async (
    _: unknown,
    args: { filter?: ContentFilter | null; first?: number | null; after?: string | null },
    ctx: Context,
  ) => {
    const page = pageRequest(args, 2);
    const { rows, totalCount } = await ctx.repo.contents.page(args.filter, page);
    return toConnection(rows, page.limit, totalCount, contentCursor);
  },
  content: (_: unknown, args: { id: string }, ctx: Context) => ctx.loaders.contentById.load(args.id),
  learningPaths: (_: unknown, args: { level?: ContentRow['level'] | null }, ctx: Context) =>
    ctx.repo.paths.list(args.level),
  liveSessions: (_: unknown, args: { upcoming?: boolean | null }, ctx: Context) =>
    ctx.repo.live.list(args.upcoming ? new Date() : null),
};
