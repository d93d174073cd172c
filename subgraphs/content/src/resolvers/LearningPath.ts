import { loadPresent } from '@baeumteo/server';
import type { LearningPathResolvers } from '../generated/graphql.ts';
import { localized } from '../rules/locale.ts';

export const LearningPath: LearningPathResolvers = {
  title: (path, args) => localized({ ko: path.titleKo, en: path.titleEn }, args.locale),
  steps: async (path, _, ctx) => {
    const steps = await ctx.loaders.stepsByPath.load(path.id);
    return loadPresent(
      ctx.loaders.contentById,
      steps.map((s) => s.contentId),
    );
  },
  finishedSteps: async (path, _, ctx) => {
    if (!ctx.caller) return null;
    const steps = await ctx.loaders.stepsByPath.load(path.id);
    const progress = await ctx.loaders.myProgressByContent.loadMany(steps.map((s) => s.contentId));
    return progress.filter((p) => p && !(p instanceof Error) && p.completedAt !== null).length;
  },
};
