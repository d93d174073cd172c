// Live classes: scheduling, and joining under the rush of a popular class.

import { findCity } from '@baeumteo/contracts';
import {
  badInput,
  conflict,
  creationKey,
  forbidden,
  isProvinceAdmin,
  isStaffOf,
  notFound,
  sameCreation,
  unauthenticated,
} from '@baeumteo/server';
import type { Context } from '../context.ts';
import { assertJoinable, checkLiveSessionInput, joinUrl, type LiveSessionInput } from '../rules/live.ts';
import { assertRemindable } from '../rules/liveReminders.ts';

export async function joinLiveSession(ctx: Context, id: string) {
  if (!ctx.caller) throw unauthenticated();
  const now = new Date();
  const result = await ctx.repo.live.join(
    id,
    { id: ctx.caller.id, residenceCityId: ctx.caller.residenceCityId },
    (session) => assertJoinable(session, now),
    now,
  );
  if (result.status === 'MISSING') throw notFound('No live class with this id.');
  if (result.status === 'FULL') throw conflict('This live class is full.');
  return {
    session: result.session,
    joinUrl: joinUrl(ctx.settings.liveJoinUrl, result.session.room, result.participant),
  };
}

/** The signed-in learner asks (or no longer asks) to be reminded when the session is about to start. */
export async function remindMeOfLiveSession(ctx: Context, sessionId: string, remind: boolean) {
  if (!ctx.caller) throw unauthenticated();
  const now = new Date();
  const result = await ctx.repo.liveReminders.set(sessionId, ctx.caller.id, remind, (session) =>
    assertRemindable(session, now),
  );
  if (result.status === 'MISSING') throw notFound('No live class with this id.');
  return result.session;
}

export async function createLiveSession(
  ctx: Context,
  input: LiveSessionInput,
  idempotencyKey?: string | null,
) {
  if (!ctx.caller) throw unauthenticated();
  if (!findCity(input.hostCityId)) throw badInput('No city with this id.', 'hostCityId');
  if (!isProvinceAdmin(ctx.caller) && !isStaffOf(ctx.caller, input.hostCityId)) {
    throw forbidden('Only staff of the host city schedule its live classes.');
  }
  const key = creationKey(ctx.caller, idempotencyKey);
  const result = await ctx.repo.live.create(checkLiveSessionInput(input, new Date()), key);
  return sameCreation(result, (row) => row.hostCityId === input.hostCityId, 'live class');
}
