import type { MutationResolvers } from '../generated/graphql.ts';
import { createContent, retireContent, updateContent } from '../operations/contents.ts';
import { featureContents } from '../operations/featured.ts';
import { createLiveSession, joinLiveSession, remindMeOfLiveSession } from '../operations/live.ts';
import { recordContentProgress } from '../operations/progress.ts';

export const Mutation: MutationResolvers = {
  recordContentProgress: (_, args, ctx) => recordContentProgress(ctx, args.contentId, args.positionSeconds),
  createContent: (_, args, ctx) => createContent(ctx, args.input, args.idempotencyKey),
  updateContent: (_, args, ctx) => updateContent(ctx, args.id, args.input),
  retireContent: (_, args, ctx) => retireContent(ctx, args.id),
  joinLiveSession: (_, args, ctx) => joinLiveSession(ctx, args.id),
  remindMeOfLiveSession: (_, args, ctx) => remindMeOfLiveSession(ctx, args.sessionId, args.remind),
  createLiveSession: (_, args, ctx) => createLiveSession(ctx, args.input, args.idempotencyKey),
  featureContents: (_, args, ctx) => featureContents(ctx, args.cityId, args.contentIds),
};
