import type { MutationResolvers } from '../generated/graphql.ts';
import { featureContents } from '../operations/featured.ts';
import { createLiveSession, joinLiveSession } from '../operations/live.ts';
import { recordContentProgress } from '../operations/progress.ts';

export const Mutation: MutationResolvers = {
  recordContentProgress: (_, args, ctx) => recordContentProgress(ctx, args.contentId, args.positionSeconds),
  joinLiveSession: (_, args, ctx) => joinLiveSession(ctx, args.id),
  createLiveSession: (_, args, ctx) => createLiveSession(ctx, args.input, args.idempotencyKey),
  featureContents: (_, args, ctx) => featureContents(ctx, args.cityId, args.contentIds),
};
