// Changing a published course's time or place: what may change, what the course becomes, and what
// its applicants are told. Sessions that have started are history (attendance is taken on them):
// new sessions replace only those still to come.
import { badInput, conflict } from '@baeumteo/server';
import type { SessionInput } from './courseInput.ts';

export interface RescheduledCourse {
  status: string;
  format: string;
  applicationClosesAt: Date;
  venueId: string | null;
}

export interface NewPlace {
  id: string;
  name: string;
  address: string;
}

export interface RescheduleInput {
  sessions?: SessionInput[] | null;
  /** The venue asked for, already looked up in the course's city (null: none there has the id). */
  venue?: NewPlace | null;
  venueIdGiven: boolean;
}

export interface Reschedule {
  /** The sessions to store in place of those starting after `now`; null: sessions stay. */
  upcoming: SessionInput[] | null;
  startsAt: Date;
  endsAt: Date;
  venueId: string | null;
  /** What the applicants are told changed (short Korean and plain dates); null: nothing did. */
  change: string | null;
}

const publishedStatuses = ['OPEN', 'CLOSED', 'IN_PROGRESS'];

/** Checks a change of time or place; every refusal names its field and changes nothing. */
export function planReschedule(
  course: RescheduledCourse,
  current: readonly SessionInput[],
  input: RescheduleInput,
  now: Date,
): Reschedule {
  if (course.status === 'DRAFT') throw conflict('A DRAFT course is edited with updateCourse.');
  if (!publishedStatuses.includes(course.status)) {
    throw conflict(`A ${course.status} course can no longer be changed.`);
  }
  if (!input.sessions && !input.venueIdGiven) {
    throw badInput('Give the new sessions, the new venue, or both.', 'input');
  }
  const held = current.filter((s) => s.startsAt <= now);
  const upcoming = input.sessions ? checkUpcoming(input.sessions, now) : null;
  const sessions = sortByStart([...held, ...(upcoming ?? current.filter((s) => s.startsAt > now))]);
  const first = sessions[0] as SessionInput;
  if (upcoming && first.startsAt < course.applicationClosesAt) {
    throw badInput('Applications must close before the first session.', 'input.sessions');
  }
  let venueId = course.venueId;
  if (input.venueIdGiven) {
    if (course.format === 'ONLINE' || course.format === 'LIVE') {
      throw badInput(`A ${course.format} course has no venue.`, 'input.venueId');
    }
    if (!input.venue) throw badInput('No venue of this city has this id.', 'input.venueId');
    venueId = input.venue.id;
  }
  const facts: string[] = [];
  const firstBefore = sortByStart([...current])[0];
  if (upcoming && !sameSessions(current, sessions)) {
    facts.push(
      firstBefore && firstBefore.startsAt.getTime() === first.startsAt.getTime()
        ? `일정 변경: 모두 ${sessions.length}회, 마지막 수업 ${koreanTime((sessions.at(-1) as SessionInput).startsAt)}`
        : `첫 수업: ${koreanTime(first.startsAt)} (모두 ${sessions.length}회)`,
    );
  }
  if (input.venue && venueId !== course.venueId) facts.push(placeChange(input.venue));
  return {
    upcoming,
    startsAt: first.startsAt,
    endsAt: (sessions.at(-1) as SessionInput).endsAt,
    venueId,
    change: facts.length > 0 ? facts.join(' / ').slice(0, 500) : null,
  };
}

/** What the applicants of a venue's courses are told when its name or address changes; null: neither did. */
export function venueChange(before: NewPlace, after: NewPlace): string | null {
  if (before.name === after.name && before.address === after.address) return null;
  return placeChange(after);
}

const placeChange = (venue: NewPlace) => `장소: ${venue.name} (${venue.address})`.slice(0, 500);

function checkUpcoming(sessions: SessionInput[], now: Date): SessionInput[] {
  if (sessions.length === 0) throw badInput('A course has at least one session.', 'input.sessions');
  if (sessions.length > 200) throw badInput('At most 200 sessions.', 'input.sessions');
  sessions.forEach((s, i) => {
    if (s.endsAt <= s.startsAt) {
      throw badInput('A session must end after it starts.', `input.sessions[${i}].endsAt`);
    }
    if (s.startsAt <= now) {
      throw badInput('New sessions must start in the future.', `input.sessions[${i}].startsAt`);
    }
  });
  return sortByStart([...sessions]);
}

const sortByStart = (sessions: SessionInput[]) =>
  sessions.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());

function sameSessions(before: readonly SessionInput[], after: readonly SessionInput[]): boolean {
  const key = (list: readonly SessionInput[]) =>
    sortByStart([...list])
      .map((s) => `${s.startsAt.getTime()}-${s.endsAt.getTime()}`)
      .join();
  return key(before) === key(after);
}

/** "2026-12-10 19:00 (KST)": the same in every language the message is rendered in. */
export function koreanTime(instant: Date): string {
  const korea = new Date(instant.getTime() + 9 * 3_600_000).toISOString();
  return `${korea.slice(0, 10)} ${korea.slice(11, 16)} (KST)`;
}
