// The day-before reminder: when a course's first session is due for one, and the notice's id,
// which is the same for the same seat and first-session start however often or by however many
// workers the reminder is found due (notifications keeps one message per id).
import { createHash } from 'node:crypto';

const koreaOffsetMs = 9 * 3_600_000; // UTC+9, no daylight saving
const dayMs = 86_400_000;

/** The courses whose first session is reminded of now are those listed while OPEN, CLOSED or IN_PROGRESS. */
export const remindedStatuses = ['OPEN', 'CLOSED', 'IN_PROGRESS'] as const;

/** Tomorrow in Korea as instants: from its midnight (included) to the next one (excluded). */
export function tomorrowInKorea(now: Date): { from: Date; until: Date } {
  const koreanMidnight = Math.floor((now.getTime() + koreaOffsetMs) / dayMs) * dayMs - koreaOffsetMs;
  return { from: new Date(koreanMidnight + dayMs), until: new Date(koreanMidnight + 2 * dayMs) };
}

/** A first session starting at `firstStart` is reminded of at `now` when it falls on tomorrow, Korea time. */
export function isReminderDue(firstStart: Date, now: Date): boolean {
  const { from, until } = tomorrowInKorea(now);
  return firstStart >= from && firstStart < until;
}

// A namespace of our own for the reminders' name-based ids (RFC 9562 UUID version 5).
const reminderNamespace = '5c1b6f2e-8d1a-4a57-9b3e-2f0d6c7e4a91';

/** The reminder's notice id: one per course, learner and first-session start. */
export function reminderNoticeId(courseId: string, learnerId: string, firstStart: Date): string {
  return uuidV5(reminderNamespace, `${courseId}/${learnerId}/${firstStart.toISOString()}`);
}

function uuidV5(namespace: string, name: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
