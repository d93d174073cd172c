import { forbidden, isProvinceAdmin, pageRequest, toConnection } from '@baeumteo/server';
import type { Context } from '../context.ts';
import type { ContentProgressRow } from '../db/schema.ts';
import { progressCursor } from '../repo/progress.ts';
import { percentOf } from '../rules/progress.ts';

export const ContentProgress = {
  content: (p: ContentProgressRow, _: unknown, ctx: Context) => ctx.loaders.contentById.load(p.contentId),
  percent: async (p: ContentProgressRow, _: unknown, ctx: Context) => {
    const content = await ctx.loaders.contentById.load(p.contentId);
    return percentOf(p.positionSeconds, (content?.durationMinutes ?? 0) * 60);
  },
};

export const Learner = {
  __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
  contentProgress: async (
    learner: { id: string },
    args: { first?: number | null; after?: string | null },
    ctx: Context,
  ) => {
    if (ctx.caller?.id !== learner.id && !isProvinceAdmin(ctx.caller)) {
      throw forbidden('Only the learner sees their progress.');
    }
    const page = pageRequest(args, 2);
    const { rows, totalCount } = await ctx.repo.progress.page(learner.id, page);
    return toConnection(rows, page.limit, totalCount, progressCursor);
  },
};
