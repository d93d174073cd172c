// Events for history, queued in the transaction of the change they record: MOVED, and PROFILE
// (the holder's name, which history prints on certificates as it is at issue time).
import { type NewEventOf, writeOutbox } from '@baeumteo/contracts';
import { currentTraceparent } from '@baeumteo/server';
import { type LearnersDb, outbox } from '../db/schema.ts';

export type LearnersEvent = NewEventOf<'learners'>;

export const queueEvents = (tx: LearnersDb, events: readonly LearnersEvent[]) =>
  writeOutbox(tx, outbox, events, { traceparent: currentTraceparent() });

export const profileEvent = (learnerId: string, name: string, occurredAt: Date): LearnersEvent => ({
  type: 'PROFILE',
  learnerId,
  name,
  occurredAt,
});
