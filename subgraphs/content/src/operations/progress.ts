// Recording what a learner watched.
import { conflict, notFound, unauthenticated } from '@baeumteo/server';
import type { Context } from '../context.ts';

export async function recordContentProgress(ctx: Context, contentId: string, positionSeconds: number) {
  if (!ctx.caller) throw unauthenticated();
  const content = await ctx.loaders.contentById.load(contentId);
  if (!content) throw notFound('No content with this id.');
  if (content.retiredAt) throw conflict('This content is retired from the library.');
  return ctx.repo.progress.record(
    { id: ctx.caller.id, residenceCityId: ctx.caller.residenceCityId },
    content,
    positionSeconds,
  );
}
