// What the course search's place and time filters mean. Session times are judged in Korea time,
// whatever the caller's clock: a session at 23:30 UTC on a Monday is a Tuesday morning class.
// repo/sessionTimes.ts builds its SQL from the definitions here.
import { badInput } from '@baeumteo/server';
import type { TimeOfDay, Weekday } from '../generated/graphql.ts';

export const koreaTimeZone = 'Asia/Seoul';

/** ISO day numbers (Monday 1 … Sunday 7), as PostgreSQL's `extract(isodow …)` counts them. */
export const isoWeekday: Record<Weekday, number> = { MON: 1, TUE: 2, WED: 3, THU: 4, FRI: 5, SAT: 6, SUN: 7 };

/** The hours (Korea time) a session may start in: from `from` (inclusive) until `until` (exclusive). */
export const timeOfDayHours: Record<TimeOfDay, { from: number; until: number }> = {
  MORNING: { from: 0, until: 12 },
  AFTERNOON: { from: 12, until: 18 },
  EVENING: { from: 18, until: 24 },
};

/** What some single session of a course must match; null when the filter asks nothing of sessions. */
export interface SessionTimes {
  /** ISO day numbers, distinct and ascending; empty: any day. */
  isoWeekdays: number[];
  hours: { from: number; until: number } | null;
}

export function sessionTimes(
  weekdays: readonly Weekday[] | null | undefined,
  timeOfDay: TimeOfDay | null | undefined,
): SessionTimes | null {
  const isoWeekdays = [...new Set((weekdays ?? []).map((day) => isoWeekday[day]))].sort((a, b) => a - b);
  const hours = timeOfDay ? timeOfDayHours[timeOfDay] : null;
  if (isoWeekdays.length === 0 && !hours) return null;
  return { isoWeekdays, hours };
}

export const maxDongLength = 50;

/** The dong to match exactly; a blank or over-long one is refused on `filter.dong`, like `filter.search`. */
export function dongName(dong: string | null | undefined): string | null {
  if (dong === null || dong === undefined) return null;
  const name = dong.normalize('NFC').trim();
  if (name === '') throw badInput('The dong may not be empty.', 'filter.dong');
  if ([...name].length > maxDongLength) {
    throw badInput(`The dong is too long: at most ${maxDongLength} characters.`, 'filter.dong');
  }
  return name;
}
