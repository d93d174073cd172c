// When a player reports the learner's position. The server never credits more than 2x play speed
// since the previous report plus 30 s of slack (the first report at most 30 s): reporting about
// every 15 s of playing, on pause and at the end keeps honest playback fully credited.

export const REPORT_EVERY_SECONDS = 15;
/** The first report comes as soon as playing started, so that the learner sees it was counted. */
export const FIRST_REPORT_SECONDS = 1;

export type PlaybackEvent = 'playing' | 'paused' | 'ended';

/** The whole-second position to report for a player's current time (the end counts in full). */
export function reportedPosition(currentTime: number, event: PlaybackEvent): number {
  if (!Number.isFinite(currentTime) || currentTime < 0) return 0;
  return event === 'ended' ? Math.ceil(currentTime) : Math.floor(currentTime);
}

/**
 * The position to report now, or undefined to wait: while playing, once the first second was
 * played, then each time 15 s were played since the last report (a seek back starts counting again from there); on pause and at the end, whenever the
 * position differs from the last report.
 */
export function positionToReport(
  lastReported: number | undefined,
  currentTime: number,
  event: PlaybackEvent,
): number | undefined {
  const position = reportedPosition(currentTime, event);
  if (lastReported === undefined) {
    return position >= FIRST_REPORT_SECONDS ? position : undefined;
  }
  if (event !== 'playing') return position === lastReported ? undefined : position;
  const played = position - lastReported;
  return played >= REPORT_EVERY_SECONDS || played < 0 ? position : undefined;
}
