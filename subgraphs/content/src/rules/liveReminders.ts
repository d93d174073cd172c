// Live class reminders: who may still ask for one, when it is due, and where its link leads.
import { conflict } from '@baeumteo/server';
import { OPENS_BEFORE_MS } from './live.ts';

/** A reminder goes when the doors open, 15 minutes before the start: never earlier. */
export const REMIND_BEFORE_MS = OPENS_BEFORE_MS;

/** A reminder is due from 15 minutes before the session starts until it starts, not after. */
export function reminderDue(session: { startsAt: Date }, now: Date): boolean {
  const left = session.startsAt.getTime() - now.getTime();
  return left > 0 && left <= REMIND_BEFORE_MS;
}

/**
 * The start times whose reminders are due at `now`, for the worker's query: after `now`, and by
 * `now` + 15 minutes (the same bounds as reminderDue).
 */
export function dueStarts(now: Date): { after: Date; by: Date } {
  return { after: now, by: new Date(now.getTime() + REMIND_BEFORE_MS) };
}

/**
 * Asking for a reminder makes sense only before the session starts: once it has started there is
 * nothing left to remind of (join it instead), and once it is over nothing to join.
 */
export function assertRemindable(session: { startsAt: Date; endsAt: Date }, now: Date): void {
  if (now.getTime() >= session.endsAt.getTime()) throw conflict('This live class is over.');
  if (now.getTime() >= session.startsAt.getTime()) {
    throw conflict('This live class has already started: join it now.');
  }
}

/**
 * The reminder's link: the host city's live classes page, at the session's card (the page has no
 * route per session; its card's heading carries the id `live-<session id>`), where the learner
 * takes their seat. `site` is the city sites' address with `{city}` (NOTIFY_SITE_URL).
 */
export function livePageUrl(site: string, cityId: string, sessionId: string): string {
  const origin = site.replaceAll('{city}', encodeURIComponent(cityId)).replace(/\/+$/, '');
  return `${origin}/live#live-${sessionId}`;
}
