// Learning events for history, queued in the transaction of the change they record, with the
// trace of the request that caused them (the relay's delivery links to it).
import { type NewEventOf, writeOutbox } from '@baeumteo/contracts';
import { currentTraceparent } from '@baeumteo/server';
import { type CourseRow, type EnrollmentRow, outbox } from '../db/schema.ts';
import type { CoursesDb } from './courses.ts';

/** An event courses may produce: the life of an enrollment, up to COMPLETED. */
export type LearningEvent = NewEventOf<'courses'>;

export const queueEvents = (tx: CoursesDb, events: readonly LearningEvent[]) =>
  writeOutbox(tx, outbox, events, { traceparent: currentTraceparent() });

/** COMPLETED or NOT_COMPLETED; a completion carries what its certificate prints, as it is now. */
export function verdictEvent(
  course: CourseRow,
  enrollment: EnrollmentRow,
  status: 'COMPLETED' | 'NOT_COMPLETED',
  hours: number,
  occurredAt: Date,
): LearningEvent {
  const base = {
    learnerId: enrollment.learnerId,
    residenceCityId: enrollment.residenceCityId,
    courseId: course.id,
    cityId: course.cityId,
    occurredAt,
  };
  if (status === 'NOT_COMPLETED') return { ...base, verb: status };
  return {
    ...base,
    verb: status,
    hours,
    category: course.category,
    courseTitle: course.titleKo,
    courseTitleEn: course.titleEn,
  };
}
