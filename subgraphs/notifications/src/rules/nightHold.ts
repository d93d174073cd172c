// The night-time hold: between 21:00 and 08:00 Korea time (by default) a message waits for the
// morning, unless it cannot wait (a live class about to start, an account message the learner
// is waiting for). Korea keeps no daylight saving: UTC+9.
import { accountNoticeKinds, type NoticeKind } from '@baeumteo/contracts';

const koreaOffsetMs = 9 * 3_600_000;

/** The hours (Korea time) messages are held between: from `from`:00 until `until`:00. */
export interface QuietHours {
  from: number;
  until: number;
}

export const defaultQuietHours: QuietHours = { from: 21, until: 8 };

/**
 * Messages worth waking someone for: a live class means nothing by the morning, and an account
 * message answers what the learner is doing right now.
 */
export const timeCritical: ReadonlySet<NoticeKind> = new Set<NoticeKind>([
  'LIVE_STARTING',
  ...accountNoticeKinds,
]);

/** When a message of `kind` created at `now` may be sent: now, or the end of the quiet hours (none: now). */
export function sendableAt(kind: NoticeKind, now: Date, quiet: QuietHours | null = defaultQuietHours): Date {
  if (!quiet || timeCritical.has(kind)) return now;
  const korea = new Date(now.getTime() + koreaOffsetMs);
  const hour = korea.getUTCHours();
  const held =
    quiet.from > quiet.until
      ? hour >= quiet.from || hour < quiet.until
      : hour >= quiet.from && hour < quiet.until;
  if (!held) return now;
  const morning = new Date(korea);
  morning.setUTCHours(quiet.until, 0, 0, 0);
  if (morning <= korea) morning.setUTCDate(morning.getUTCDate() + 1);
  return new Date(morning.getTime() - koreaOffsetMs);
}

/** "21-8" (hours, Korea time) or "off", as NOTIFY_QUIET_HOURS gives it. */
export function parseQuietHours(text: string): QuietHours | null | undefined {
  if (text === 'off') return null;
  const match = /^(\d{1,2})-(\d{1,2})$/.exec(text);
  if (!match) return undefined;
  const [from, until] = [Number(match[1]), Number(match[2])];
  return from < 24 && until < 24 && from !== until ? { from, until } : undefined;
}
