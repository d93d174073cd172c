// Learning events for history, queued in the transaction of the change they record, with the
// trace of the request that caused them (the relay's delivery links to it).
import { type NewEventOf, writeOutbox } from '@baeumteo/contracts';
import { currentTraceparent } from '@baeumteo/server';
import { outbox } from '../db/schema.ts';
import type { ContentDb } from './contents.ts';

/** An event content may produce; stable ids make each exist once (e.g. one FINISHED_CONTENT). */
export type ContentEvent = NewEventOf<'content'>;

export const queueEvents = (tx: ContentDb, events: readonly ContentEvent[]) =>
  writeOutbox(tx, outbox, events, { traceparent: currentTraceparent() });
