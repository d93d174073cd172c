// Learning events for history, queued in the transaction of the change they record.
import { createHash } from 'node:crypto';
import { outbox } from '../db/schema.ts';
import type { CoursesDb } from './courses.ts';

export type LearningVerb =
  | 'APPLIED'
  | 'ENROLLED'
  | 'WAITLISTED'
  | 'CANCELLED'
  | 'ATTENDED'
  | 'COMPLETED'
  | 'NOT_COMPLETED';

export interface LearningEvent {
  verb: LearningVerb;
  learnerId: string;
  courseId: string;
  cityId: string;
  occurredAt: Date;
  /** Hours credited (COMPLETED) and the category they count for. */
  hours?: number;
  category?: string;
  sessionId?: string;
}

/** A stable id for events that must exist once whatever the retries (e.g. one ATTENDED per session). */
export function stableEventId(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join(':')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export async function queueEvents(tx: CoursesDb, events: (LearningEvent & { id?: string })[]): Promise<void> {
  if (events.length === 0) return;
  await tx
    .insert(outbox)
    .values(
      events.map(({ id, verb, cityId, occurredAt, ...rest }) => ({
        ...(id ? { id } : {}),
        cityId,
        verb,
        payload: { verb, cityId, occurredAt: occurredAt.toISOString(), ...rest },
      })),
    )
    .onConflictDoNothing();
}
