// Content progress rules: the furthest position counts, a content is finished at 90 %, history
// hears of progress at each tenth reached (not every few seconds of playback), and a position
// never runs ahead of what playback could have reached in the time that passed.
import { badInput } from '@baeumteo/server';

export const FINISHED_AT = 0.9;
const MAX_REPORTED_SECONDS = 7 * 24 * 3600;

/** The fastest playback a player offers: a position may advance at most this fast. */
export const FASTEST_PLAYBACK_RATE = 2;

/**
 * Players report the position about every 30 seconds. One interval of slack lets a report that
 * arrives up to one interval early (network delay, a report sent on pause or on closing) count in
 * full, so honest playback at 2x is never clamped; it also bounds the first report, which has no
 * earlier one to count from (the learner's clock starts at their first report).
 */
export const REPORT_INTERVAL_SECONDS = 30;

export interface ProgressState {
  positionSeconds: number;
  completed: boolean;
  /**
   * The moment the stored position is paced to: playback at 2x from there may go further. At most
   * half an interval ahead of the last report (when it used its slack), never behind it.
   */
  pacedAt: Date;
}

export interface ProgressStep {
  /** The position to keep: the furthest so far, clamped to the duration and to the pace. */
  positionSeconds: number;
  /** What the next report's pace counts from. */
  pacedAt: Date;
  /** This report reached 90 % for the first time. */
  finishes: boolean;
  /** Tenths (1..10) reached for the first time by this report: one PROGRESSED event each. */
  newTenths: number[];
}

/**
 * The furthest position a report at `now` may reach: the wall-clock time since the previous
 * report (where its pace stands) at 2x, plus one report interval. The slack is spent once: a
 * position that used it is paced ahead, so reporting every second never gains more than 2x.
 */
export function reachableSeconds(previous: { positionSeconds: number; pacedAt: Date }, now: Date): number {
  const elapsed = (now.getTime() - previous.pacedAt.getTime()) / 1000;
  const reach = previous.positionSeconds + FASTEST_PLAYBACK_RATE * elapsed + REPORT_INTERVAL_SECONDS;
  return Math.max(previous.positionSeconds, Math.floor(reach));
}

/**
 * The next state of a learner's progress in a content of `durationSeconds`, reported at `now`. A
 * negative or absurd position is refused; a position past the end counts as the end, one ahead of
 * the pace counts as far as the pace reaches (never an error, never credited beyond); going back
 * keeps the furthest. Without previous progress the learner starts at 0 now.
 */
export function advance(
  previous: ProgressState | null,
  reportedSeconds: number,
  durationSeconds: number,
  now: Date,
): ProgressStep {
  if (!Number.isInteger(reportedSeconds) || reportedSeconds < 0 || reportedSeconds > MAX_REPORTED_SECONDS) {
    throw badInput('positionSeconds must be a whole number of seconds from 0.', 'positionSeconds');
  }
  const start = previous ?? { positionSeconds: 0, completed: false, pacedAt: now };
  const before = start.positionSeconds;
  const positionSeconds = Math.max(
    before,
    Math.min(reportedSeconds, durationSeconds, reachableSeconds(start, now)),
  );
  // What this advance cost at 2x, counted on from the earlier pace, but never behind this report.
  const pacedMs = start.pacedAt.getTime() + ((positionSeconds - before) / FASTEST_PLAYBACK_RATE) * 1000;
  const tenth = (seconds: number) =>
    durationSeconds > 0 ? Math.floor((seconds / durationSeconds) * 10) : 10;
  const newTenths: number[] = [];
  for (let t = tenth(before) + 1; t <= tenth(positionSeconds); t++) newTenths.push(t);
  return {
    positionSeconds,
    pacedAt: new Date(Math.max(now.getTime(), pacedMs)),
    finishes: !start.completed && isFinished(positionSeconds, durationSeconds),
    newTenths,
  };
}

export const isFinished = (positionSeconds: number, durationSeconds: number) =>
  positionSeconds >= FINISHED_AT * durationSeconds;

export const percentOf = (positionSeconds: number, durationSeconds: number) =>
  durationSeconds > 0 ? Math.min(100, Math.round((positionSeconds / durationSeconds) * 1000) / 10) : 100;
