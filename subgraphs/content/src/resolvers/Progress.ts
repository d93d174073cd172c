import { forbidden, isProvinceAdmin, pageRequest, toConnection } from '@baeumteo/server';
import type { ContentProgressResolvers, LearnerResolvers } from '../generated/graphql.ts';
import { progressCursor } from '../repo/progress.ts';
import { percentOf } from '../rules/progress.ts';

export const ContentProgress: ContentProgressResolvers = {
  // Progress is recorded only for a content that exists, and contents are never deleted.
  content: async (p, _, ctx) => (await ctx.loaders.contentById.load(p.contentId))!,
  percent: async (p, _, ctx) => {
    const content = await ctx.loaders.contentById.load(p.contentId);
    return percentOf(p.positionSeconds, (content?.durationMinutes ?? 0) * 60);
  },
};

export const Learner: LearnerResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  contentProgress: async (learner, args, ctx) => {
    if (ctx.caller?.id !== learner.id && !isProvinceAdmin(ctx.caller)) {
      throw forbidden('Only the learner sees their progress.');
    }
    const page = pageRequest(args, 2);
    const { rows, totalCount } = await ctx.repo.progress.page(learner.id, page);
    return toConnection(rows, page.limit, totalCount, progressCursor);
  },
};
