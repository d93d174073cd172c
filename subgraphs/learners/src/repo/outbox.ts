// Events for history, queued in the transaction of the change they record: MOVED, and PROFILE
// (the holder's name, which history prints on certificates as it is at issue time).
import { type NewEventOf, type NewNotice, writeNotices, writeOutbox } from '@baeumteo/contracts';
import { currentTraceparent } from '@baeumteo/server';
import { type LearnerRow, type LearnersDb, noticeOutbox, outbox } from '../db/schema.ts';

export type LearnersEvent = NewEventOf<'learners'>;

export const queueEvents = (tx: LearnersDb, events: readonly LearnersEvent[]) =>
  writeOutbox(tx, outbox, events, { traceparent: currentTraceparent() });

export const profileEvent = (learnerId: string, name: string, occurredAt: Date): LearnersEvent => ({
  type: 'PROFILE',
  learnerId,
  name,
  occurredAt,
});

/** Contacts and account messages for notifications, in the same transaction as the change. */
export const queueNotices = (tx: LearnersDb, notices: readonly NewNotice[]) =>
  writeNotices(tx, noticeOutbox, notices, { traceparent: currentTraceparent() });

/** Where and how notifications reaches a learner now; an erased account has no address. */
export const contactNotice = (
  learner: Pick<LearnerRow, 'id' | 'displayName' | 'email' | 'emailVerifiedAt' | 'preferredLocale'>,
  cityId: string,
  occurredAt: Date,
): NewNotice => ({
  type: 'CONTACT',
  learnerId: learner.id,
  cityId,
  name: learner.displayName,
  email: learner.email,
  emailVerified: learner.emailVerifiedAt !== null,
  locale: learner.preferredLocale,
  occurredAt,
});
