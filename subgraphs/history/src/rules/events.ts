// What a learning event must carry to enter the history, and its xAPI-statement shape.
import { isUuid } from '@baeumteo/server';
import type { LearningRecordRow } from '../db/schema.ts';

export const learningVerbs = [
  'APPLIED',
  'ENROLLED',
  'WAITLISTED',
  'CANCELLED',
  'ATTENDED',
  'COMPLETED',
  'NOT_COMPLETED',
  'PROGRESSED',
  'FINISHED_CONTENT',
  'JOINED_LIVE',
  'CERTIFIED',
  'MOVED',
] as const;

export const learningCategories = [
  'ADULT_LITERACY',
  'ACADEMIC_SUPPLEMENT',
  'VOCATIONAL',
  'CULTURE_ARTS',
  'HUMANITIES',
  'CIVIC_PARTICIPATION',
] as const;

type NewRecord = Omit<LearningRecordRow, 'receivedAt'>;

const xapiVerb = (verb: string) => `https://baeumteo.gg.go.kr/xapi/verbs/${verb.toLowerCase()}`;

/** Checks one event; returns the record to store or why it cannot be stored. */
export function toRecord(event: unknown, source: string): { record: NewRecord } | { reason: string } {
  if (typeof event !== 'object' || event === null) return { reason: 'not an object' };
  const e = event as Record<string, unknown>;
  if (typeof e.id !== 'string' || !isUuid(e.id)) return { reason: 'missing or malformed id' };
  if (!learningVerbs.includes(e.verb as (typeof learningVerbs)[number]))
    return { reason: `unknown verb ${String(e.verb).slice(0, 40)}` };
  if (typeof e.learnerId !== 'string' || !isUuid(e.learnerId))
    return { reason: 'missing or malformed learnerId' };
  if (typeof e.cityId !== 'string' || e.cityId.length === 0) return { reason: 'missing cityId' };
  const occurredAt = new Date(String(e.occurredAt));
  if (typeof e.occurredAt !== 'string' || Number.isNaN(occurredAt.getTime()))
    return { reason: 'missing or malformed occurredAt' };
  for (const field of ['courseId', 'contentId'] as const) {
    if (
      e[field] !== undefined &&
      e[field] !== null &&
      !(typeof e[field] === 'string' && isUuid(e[field] as string))
    ) {
      return { reason: `malformed ${field}` };
    }
  }
  const hours = e.hours === undefined ? 0 : Number(e.hours);
  if (!Number.isFinite(hours) || hours < 0 || hours > 1000) return { reason: 'malformed hours' };
  const category = e.category ?? null;
  if (category !== null && !learningCategories.includes(category as (typeof learningCategories)[number])) {
    return { reason: 'unknown category' };
  }
  const object = e.courseId
    ? { objectType: 'Course', id: e.courseId }
    : e.contentId
      ? { objectType: 'Content', id: e.contentId }
      : null;
  return {
    record: {
      id: e.id,
      learnerId: e.learnerId,
      verb: e.verb as NewRecord['verb'],
      occurredAt,
      cityId: e.cityId,
      courseId: (e.courseId as string | undefined) ?? null,
      contentId: (e.contentId as string | undefined) ?? null,
      hours,
      category: category as NewRecord['category'],
      source,
      statement: {
        id: e.id,
        actor: { objectType: 'Agent', account: { homePage: 'https://baeumteo.gg.go.kr', name: e.learnerId } },
        verb: { id: xapiVerb(e.verb as string), display: { en: String(e.verb).toLowerCase() } },
        object,
        result: hours > 0 ? { duration: `PT${hours}H` } : null,
        context: { platform: 'baeumteo', extensions: { tenant: e.cityId, source } },
        timestamp: occurredAt.toISOString(),
      },
    },
  };
}
