// What a learning event must carry to enter the history, and its xAPI-statement shape.
import { learningCategoryIds } from '@baeumteo/contracts';
import { isUuid, stableUuid } from '@baeumteo/server';
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

export const learningCategories = learningCategoryIds;

export type NewRecord = Omit<LearningRecordRow, 'receivedAt'>;

const xapiVerb = (verb: string) => `https://baeumteo.gg.go.kr/xapi/verbs/${verb.toLowerCase()}`;
const objectId = (kind: string, id: unknown) => `https://baeumteo.gg.go.kr/${kind}/${String(id)}`;

/** The object's name as the sender knew it then (xAPI `definition.name`), or undefined when malformed. */
function titleOf(e: Record<string, unknown>): { name: Record<string, string> } | null | undefined {
  // Courses send courseTitle(En); content sends the title of a content or live class.
  const ko = e.courseTitle ?? e.title;
  const en = e.courseTitleEn;
  if (ko === undefined || ko === null) return null;
  if (typeof ko !== 'string' || ko.length === 0 || ko.length > 300) return undefined;
  if (en !== undefined && en !== null && (typeof en !== 'string' || en.length > 300)) return undefined;
  return { name: { ko, ...(typeof en === 'string' && en ? { en } : {}) } };
}

/** The title a record's statement carries, e.g. for a certificate issued from a COMPLETED record. */
export function titleOfStatement(statement: unknown): { ko: string; en: string | null } | null {
  const name = (statement as { object?: { definition?: { name?: Record<string, string> } } } | null)?.object
    ?.definition?.name;
  return name?.ko ? { ko: name.ko, en: name.en ?? null } : null;
}

/** The id of the CERTIFIED record for the certificate of a COMPLETED record. */
export const certifiedEventId = (completedRecordId: string) => stableUuid('CERTIFIED', completedRecordId);

/** A holder's name from learners (PROFILE events): what certificates print. */
export interface ProfileEvent {
  learnerId: string;
  name: string;
  occurredAt: Date;
}

export function isProfileEvent(event: unknown): boolean {
  return typeof event === 'object' && event !== null && (event as { type?: unknown }).type === 'PROFILE';
}

export function toProfile(event: unknown): { profile: ProfileEvent } | { reason: string } {
  const e = event as Record<string, unknown>;
  if (typeof e.learnerId !== 'string' || !isUuid(e.learnerId))
    return { reason: 'missing or malformed learnerId' };
  if (typeof e.name !== 'string' || e.name.trim().length === 0 || e.name.length > 100)
    return { reason: 'missing or malformed name' };
  const occurredAt = new Date(String(e.occurredAt));
  if (typeof e.occurredAt !== 'string' || Number.isNaN(occurredAt.getTime()))
    return { reason: 'missing or malformed occurredAt' };
  return { profile: { learnerId: e.learnerId, name: e.name.trim(), occurredAt } };
}

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
  for (const field of ['courseId', 'contentId', 'liveSessionId'] as const) {
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
  const residence = e.residenceCityId ?? (e.verb === 'MOVED' ? e.cityId : null);
  if (
    residence !== null &&
    !(typeof residence === 'string' && residence.length > 0 && residence.length <= 40)
  ) {
    return { reason: 'malformed residenceCityId' };
  }
  const residenceCityId = residence as string | null;
  const title = titleOf(e);
  if (title === undefined) return { reason: 'malformed courseTitle' };
  if (e.verb === 'COMPLETED' && (!title || !e.courseId || category === null || !(hours > 0))) {
    return { reason: 'COMPLETED needs courseId, courseTitle, category and hours' };
  }
  const object = e.courseId
    ? { objectType: 'Activity', id: objectId('courses', e.courseId), definition: title }
    : e.contentId
      ? { objectType: 'Activity', id: objectId('contents', e.contentId), definition: title }
      : e.liveSessionId
        ? { objectType: 'Activity', id: objectId('live', e.liveSessionId), definition: title }
        : null;
  return {
    record: {
      id: e.id,
      learnerId: e.learnerId,
      verb: e.verb as NewRecord['verb'],
      occurredAt,
      cityId: e.cityId,
      residenceCityId,
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
        context: {
          platform: 'baeumteo',
          extensions: { tenant: e.cityId, residence: residenceCityId, source },
        },
        timestamp: occurredAt.toISOString(),
      },
    },
  };
}
