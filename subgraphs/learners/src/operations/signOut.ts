// Ending sessions: this one, or all of the learner's. Their tokens are refused by the gateway
// within its session-check window (at most 60 s), their refresh tokens at once.
import { unauthenticated } from '@baeumteo/server';
import type { Context } from '../context.ts';

export async function signOut(ctx: Context): Promise<true> {
  const sessionId = ctx.caller?.sessionId;
  if (!ctx.caller || !sessionId) throw unauthenticated();
  await ctx.repo.sessions.end(sessionId, ctx.caller.id, 'SIGNED_OUT');
  return true;
}

export async function signOutEverywhere(ctx: Context): Promise<true> {
  if (!ctx.caller) throw unauthenticated();
  await ctx.repo.sessions.endAll(ctx.caller.id, 'SIGNED_OUT_EVERYWHERE');
  return true;
}
