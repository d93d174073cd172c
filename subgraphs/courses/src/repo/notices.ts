// Notices for notifications: what a learner is told about their application and their course,
// queued in the transaction of the change they tell of (relayed like the learning events).
import { type NewNotice, writeNotices } from '@baeumteo/contracts';
import { currentTraceparent } from '@baeumteo/server';
import { type CourseRow, noticeOutbox } from '../db/schema.ts';
import type { CoursesDb } from './courses.ts';

type CourseNotice = Extract<NewNotice, { course: unknown }>;
type Kind = CourseNotice['kind'];

/** The notice of `kind` about `course` for one learner, with what that kind adds. */
export function courseNotice<K extends Kind>(
  course: Pick<CourseRow, 'id' | 'cityId' | 'titleKo' | 'titleEn' | 'startsAt'>,
  learnerId: string,
  occurredAt: Date,
  kind: K,
  extra: Omit<Extract<CourseNotice, { kind: K }>, 'kind' | 'course' | 'learnerId' | 'cityId' | 'occurredAt'>,
): CourseNotice {
  return {
    ...extra,
    kind,
    learnerId,
    cityId: course.cityId,
    occurredAt,
    course: {
      id: course.id,
      title: course.titleKo,
      titleEn: course.titleEn,
      startsOn: koreanDay(course.startsAt),
    },
  } as CourseNotice;
}

export const queueNotices = (tx: CoursesDb, notices: readonly NewNotice[]) =>
  writeNotices(tx, noticeOutbox, notices, { traceparent: currentTraceparent() });

/** The day (YYYY-MM-DD) an instant falls on in Korea (UTC+9, no daylight saving). */
function koreanDay(instant: Date): string {
  return new Date(instant.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}
