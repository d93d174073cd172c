// Content progress rules: the furthest position counts, a content is finished at 90 %, and
// history hears of progress at each tenth reached (not every few seconds of playback).
import { badInput } from '@baeumteo/server';

export const FINISHED_AT = 0.9;
const MAX_REPORTED_SECONDS = 7 * 24 * 3600;

export interface ProgressStep {
  /** The position to keep: the furthest so far, clamped to the duration. */
  positionSeconds: number;
  /** This report reached 90 % for the first time. */
  finishes: boolean;
  /** Tenths (1..10) reached for the first time by this report: one PROGRESSED event each. */
  newTenths: number[];
}

/**
 * The next state of a learner's progress in a content of `durationSeconds`. A negative or absurd
 * position is refused; a position past the end counts as the end; going back keeps the furthest.
 */
export function advance(
  previous: { positionSeconds: number; completed: boolean } | null,
  reportedSeconds: number,
  durationSeconds: number,
): ProgressStep {
  if (!Number.isInteger(reportedSeconds) || reportedSeconds < 0 || reportedSeconds > MAX_REPORTED_SECONDS) {
    throw badInput('positionSeconds must be a whole number of seconds from 0.', 'positionSeconds');
  }
  const before = previous?.positionSeconds ?? 0;
  const positionSeconds = Math.max(before, Math.min(reportedSeconds, durationSeconds));
  const tenth = (seconds: number) =>
    durationSeconds > 0 ? Math.floor((seconds / durationSeconds) * 10) : 10;
  const newTenths: number[] = [];
  for (let t = tenth(before) + 1; t <= tenth(positionSeconds); t++) newTenths.push(t);
  return {
    positionSeconds,
    finishes: !previous?.completed && isFinished(positionSeconds, durationSeconds),
    newTenths,
  };
}

export const isFinished = (positionSeconds: number, durationSeconds: number) =>
  positionSeconds >= FINISHED_AT * durationSeconds;

export const percentOf = (positionSeconds: number, durationSeconds: number) =>
  durationSeconds > 0 ? Math.min(100, Math.round((positionSeconds / durationSeconds) * 1000) / 10) : 100;
