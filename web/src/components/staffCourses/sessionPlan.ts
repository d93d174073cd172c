// A course's class sessions as the editor plans them: a Korea date with a start and an end time,
// added from the calendar, repeated weekly, and moved to a new term when a course is duplicated.
import {
  addDays,
  daysBetween,
  isDate,
  isTime,
  koreaDateOf,
  koreaInstant,
  koreaTimeOf,
  koreaToday,
  mondayOf,
} from './koreaTime';

export interface SessionDraft {
  /** 'YYYY-MM-DD', Korea time. */
  date: string;
  /** 'HH:mm', Korea time. */
  start: string;
  /** 'HH:mm', Korea time, on the same date. */
  end: string;
}

/** What the API takes for a course: at most this many sessions (rules/courseInput.ts). */
export const MAX_SESSIONS = 200;
/** The most weeks the weekly repeat offers. */
export const MAX_WEEKS = 52;

const order = (a: SessionDraft, b: SessionDraft) =>
  a.date === b.date ? a.start.localeCompare(b.start) : a.date.localeCompare(b.date);

/** In time order (what the API keeps and the list shows). */
export function sortSessions(sessions: readonly SessionDraft[]): SessionDraft[] {
  return [...sessions].sort(order);
}

const same = (a: SessionDraft, b: SessionDraft) => a.date === b.date && a.start === b.start;

/** One more session on `date`; a session already starting then on that day is not doubled. */
export function addSessionOn(
  sessions: readonly SessionDraft[],
  date: string,
  start: string,
  end: string,
): SessionDraft[] {
  const added = { date, start, end };
  if (sessions.some((s) => same(s, added))) return sortSessions(sessions);
  return sortSessions([...sessions, added]);
}

/**
 * The first week's sessions (those within seven days of the first one) repeated every week, for
 * `weeks` weeks in all; sessions already planned stay, none is doubled, at most MAX_SESSIONS.
 */
export function repeatWeekly(sessions: readonly SessionDraft[], weeks: number): SessionDraft[] {
  const sorted = sortSessions(sessions);
  const first = sorted[0];
  if (!first || !Number.isInteger(weeks) || weeks < 2) return sorted;
  const base = sorted.filter((s) => daysBetween(first.date, s.date) < 7);
  const out = [...sorted];
  for (let week = 1; week < Math.min(weeks, MAX_WEEKS); week++) {
    for (const s of base) {
      const copy = { ...s, date: addDays(s.date, week * 7) };
      if (!out.some((o) => same(o, copy))) out.push(copy);
    }
  }
  return sortSessions(out).slice(0, Math.max(MAX_SESSIONS, sorted.length));
}

/** The API's sessions as the editor plans them. */
export function sessionsFromCourse(
  sessions: readonly { startsAt: string; endsAt: string }[],
): SessionDraft[] {
  return sortSessions(
    sessions.map((s) => ({
      date: koreaDateOf(s.startsAt),
      start: koreaTimeOf(s.startsAt),
      end: koreaTimeOf(s.endsAt),
    })),
  );
}

/**
 * The sessions as the API takes them, or the index of the first one that has no valid date or
 * time (it cannot be sent at all). Whether each ends after it starts is the API's to say.
 */
export function sessionsToInput(
  sessions: readonly SessionDraft[],
): { sessions: { startsAt: string; endsAt: string }[] } | { invalid: number } {
  const out: { startsAt: string; endsAt: string }[] = [];
  for (const [i, s] of sessions.entries()) {
    const startsAt = koreaInstant(s.date, s.start);
    const endsAt = koreaInstant(s.date, s.end);
    if (!startsAt || !endsAt) return { invalid: i };
    out.push({ startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() });
  }
  return { sessions: out };
}

/** Whether a planned session can be sent (a real date and two clock times). */
export function isCompleteSession(s: SessionDraft): boolean {
  return isDate(s.date) && isTime(s.start) && isTime(s.end);
}

/**
 * A duplicated course's new term: its sessions moved by whole weeks (same weekdays and times) so
 * that the first one falls in the week after the current one (Korea time, weeks from Monday),
 * and its application window moved with them. A window that would then open in the past opens now
 * instead (to the minute); one that would close before it opens closes when the first session
 * starts (the latest the API allows).
 */
export function shiftForDuplicate(
  sessions: readonly SessionDraft[],
  window: { opensAt: string; closesAt: string },
  now: Date,
): { sessions: SessionDraft[]; opensAt: string; closesAt: string; weeks: number } {
  const sorted = sortSessions(sessions);
  const first = sorted[0];
  if (!first) return { sessions: sorted, opensAt: window.opensAt, closesAt: window.closesAt, weeks: 0 };
  const nextWeek = addDays(mondayOf(koreaToday(now)), 7);
  // Whole weeks from the first session's week to next week: back as well as forward, so the
  // copy of a course that has not run yet also starts next week.
  const weeks = Math.round(daysBetween(mondayOf(first.date), nextWeek) / 7);
  const days = weeks * 7;
  const moved = sorted.map((s) => ({ ...s, date: addDays(s.date, days) }));
  const shift = (iso: string) => {
    const t = Date.parse(iso);
    return Number.isNaN(t) ? null : new Date(t + days * 86_400_000);
  };
  const firstStart = koreaInstant((moved[0] as SessionDraft).date, first.start);
  const minute = new Date(Math.ceil(now.getTime() / 60_000) * 60_000);
  let opens = shift(window.opensAt) ?? minute;
  if (opens < now) opens = minute;
  let closes = shift(window.closesAt) ?? firstStart ?? opens;
  if (firstStart && closes > firstStart) closes = firstStart;
  if (closes <= opens && firstStart) closes = firstStart;
  return { sessions: moved, opensAt: opens.toISOString(), closesAt: closes.toISOString(), weeks };
}
