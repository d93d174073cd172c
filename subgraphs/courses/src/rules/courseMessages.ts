// A course staff's message to its applicants: what may be sent, to a course in which state, and
// how often. Residents hear from a course at most a few times a day whoever on its staff writes.
import { badInput, conflict } from '@baeumteo/server';
import type { CourseRow } from '../db/schema.ts';

export const maxMessageLength = 1000;
/** Messages one course may send in `messageWindowMs`. */
export const maxMessagesPerWindow = 3;
export const messageWindowMs = 24 * 3_600_000;

/** The message as it will be sent, or BAD_USER_INPUT on `message`. */
export function checkCourseMessage(text: string): string {
  const message = text.trim();
  if (message.length === 0 || message.length > maxMessageLength) {
    throw badInput(`Write a message of 1 to ${maxMessageLength} characters.`, 'message');
  }
  return message;
}

/** Only a course with applicants to tell: published, not yet finished or cancelled. */
export function assertMessageable(course: Pick<CourseRow, 'status'>): void {
  if (!['OPEN', 'CLOSED', 'IN_PROGRESS'].includes(course.status)) {
    throw conflict(`A ${course.status} course's applicants cannot be sent a message.`);
  }
}
