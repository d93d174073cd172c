// Learning events for history, queued in the transaction of the change they record.
import { outbox } from '../db/schema.ts';
import type { ContentDb } from './contents.ts';

export interface ContentEvent {
  /** Stable ids make an event exist once whatever the retries (e.g. one FINISHED_CONTENT). */
  id: string;
  verb: 'PROGRESSED' | 'FINISHED_CONTENT' | 'JOINED_LIVE';
  learnerId: string;
  residenceCityId: string | null;
  /** The tenant: the content's city, or the province for the shared library. */
  cityId: string;
  occurredAt: Date;
  contentId?: string;
  liveSessionId?: string;
  title?: string;
  hours?: number;
  category?: string;
}

export async function queueEvents(tx: ContentDb, events: ContentEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx
    .insert(outbox)
    .values(
      events.map(({ id, occurredAt, ...rest }) => ({
        id,
        payload: { ...rest, occurredAt: occurredAt.toISOString() },
      })),
    )
    .onConflictDoNothing();
}
