// The night-time hold: between 21:00 and 08:00 Korea time a message waits for the morning,
// unless it cannot wait (a live class about to start). Korea keeps no daylight saving: UTC+9.
import { accountNoticeKinds, type NoticeKind } from '@baeumteo/contracts';

const koreaOffsetMs = 9 * 3_600_000;
const holdFrom = 21;
const holdUntil = 8;

/**
 * Messages worth waking someone for: a live class means nothing by the morning, and an account
 * message answers what the learner is doing right now.
 */
export const timeCritical: ReadonlySet<NoticeKind> = new Set<NoticeKind>([
  'LIVE_STARTING',
  ...accountNoticeKinds,
]);

/** When a message of `kind` created at `now` may be sent: now, or 08:00 Korea time. */
export function sendableAt(kind: NoticeKind, now: Date): Date {
  if (timeCritical.has(kind)) return now;
  const korea = new Date(now.getTime() + koreaOffsetMs);
  const hour = korea.getUTCHours();
  if (hour >= holdUntil && hour < holdFrom) return now;
  const morning = new Date(korea);
  morning.setUTCHours(holdUntil, 0, 0, 0);
  if (hour >= holdFrom) morning.setUTCDate(morning.getUTCDate() + 1);
  return new Date(morning.getTime() - koreaOffsetMs);
}
