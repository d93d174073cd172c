// Live class rules: when a session can be joined, and the join address on the video provider.
import { badInput, conflict } from '@baeumteo/server';

/** Doors open this long before a session starts. */
export const OPENS_BEFORE_MS = 15 * 60_000;
export const MIN_CAPACITY = 300;
export const MAX_CAPACITY = 10_000;

export function assertJoinable(session: { startsAt: Date; endsAt: Date }, now: Date): void {
  if (now.getTime() < session.startsAt.getTime() - OPENS_BEFORE_MS) {
    throw conflict('This live class is not open yet: it opens 15 minutes before it starts.');
  }
  if (now.getTime() >= session.endsAt.getTime()) throw conflict('This live class is over.');
}

/** The provider's address for one participant, from the configured template. */
export function joinUrl(template: string, room: string, participant: string): string {
  return template
    .replace('{room}', encodeURIComponent(room))
    .replace('{participant}', encodeURIComponent(participant));
}

export interface LiveSessionInput {
  hostCityId: string;
  titleKo: string;
  titleEn?: string | null;
  startsAt: Date;
  endsAt: Date;
  capacity?: number | null;
  room: string;
}

export interface CheckedLiveSession {
  hostCityId: string;
  titleKo: string;
  titleEn: string | null;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  room: string;
}

export function checkLiveSessionInput(input: LiveSessionInput, now: Date): CheckedLiveSession {
  const titleKo = input.titleKo.trim();
  if (titleKo.length === 0 || titleKo.length > 200)
    throw badInput('Give a title of 1 to 200 characters.', 'titleKo');
  if (input.endsAt.getTime() <= input.startsAt.getTime())
    throw badInput('endsAt must be after startsAt.', 'endsAt');
  if (input.endsAt.getTime() <= now.getTime())
    throw badInput('A live class must end in the future.', 'endsAt');
  const capacity = input.capacity ?? MIN_CAPACITY;
  if (!Number.isInteger(capacity) || capacity < MIN_CAPACITY || capacity > MAX_CAPACITY) {
    throw badInput(`capacity must be from ${MIN_CAPACITY} to ${MAX_CAPACITY}.`, 'capacity');
  }
  const room = input.room.trim();
  if (!/^[\w-]{3,100}$/.test(room)) throw badInput('room: 3 to 100 letters, digits, - or _.', 'room');
  return { ...input, titleKo, titleEn: input.titleEn?.trim() || null, capacity, room };
}
