import { loadPresent } from '@baeumteo/server';
import type { Context } from '../context.ts';
import type { LearningPathRow } from '../db/schema.ts';
import { type Locale, localized } from '../rules/locale.ts';

export const LearningPath = {
  title: (path: LearningPathRow, args: { locale?: Locale | null }) =>
    localized({ ko: path.titleKo, en: path.titleEn }, args.locale),
  steps: async (path: LearningPathRow, _: unknown, ctx: Context) => {
    const steps = await ctx.loaders.stepsByPath.load(path.id);
    return loadPresent(
      ctx.loaders.contentById,
      steps.map((s) => s.contentId),
    );
  },
  finishedSteps: async (path: LearningPathRow, _: unknown, ctx: Context) => {
    if (!ctx.caller) return null;
    const steps = await ctx.loaders.stepsByPath.load(path.id);
    const progress = await ctx.loaders.myProgressByContent.loadMany(steps.map((s) => s.contentId));
    return progress.filter((p) => p && !(p instanceof Error) && p.completedAt !== null).length;
  },
};
