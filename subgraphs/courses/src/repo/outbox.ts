// Learning events for history, queued in the transaction of the change they record.
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
  /** Where the learner lived when applying: province statistics count residents. */
  residenceCityId: string | null;
  courseId: string;
  cityId: string;
  occurredAt: Date;
  /** Hours credited (COMPLETED) and the category they count for. */
  hours?: number;
  category?: string;
  /** The course title at completion, printed on the certificate. */
  courseTitle?: string;
  courseTitleEn?: string | null;
  sessionId?: string;
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
