import type { Context } from '../context.ts';
import { featureContents } from '../operations/featured.ts';
import { createLiveSession, joinLiveSession } from '../operations/live.ts';
import { recordContentProgress } from '../operations/progress.ts';
import type { LiveSessionInput } from '../rules/live.ts';

export const Mutation = {
  recordContentProgress: (_: unknown, args: { contentId: string; positionSeconds: number }, ctx: Context) =>
    recordContentProgress(ctx, args.contentId, args.positionSeconds),
  joinLiveSession: (_: unknown, args: { id: string }, ctx: Context) => joinLiveSession(ctx, args.id),
  createLiveSession: (_: unknown, args: { input: LiveSessionInput }, ctx: Context) =>
    createLiveSession(ctx, args.input),
  featureContents: (_: unknown, args: { cityId: string; contentIds: string[] }, ctx: Context) =>
    featureContents(ctx, args.cityId, args.contentIds),
};
