// A learning record from a stream event, with its xAPI-statement shape: actor, verb, object (with
// the name the producer knew), result, and context with the tenant and the learner's residence.
import type { LearningEvent } from '@baeumteo/contracts';
import { stableUuid } from '@baeumteo/server';
import type { LearningRecordRow } from '../db/schema.ts';

export type NewRecord = Omit<LearningRecordRow, 'receivedAt'>;

const site = 'https://baeumteo.gg.go.kr';
const xapiVerb = (verb: string) => ({
  id: `${site}/xapi/verbs/${verb.toLowerCase()}`,
  display: { en: verb.toLowerCase() },
});
const activity = (kind: string, id: string, name?: Record<string, string>) => ({
  objectType: 'Activity',
  id: `${site}/${kind}/${id}`,
  definition: name ? { name } : null,
});

function objectOf(event: LearningEvent) {
  switch (event.verb) {
    case 'COMPLETED':
      return activity('courses', event.courseId, {
        ko: event.courseTitle,
        ...(event.courseTitleEn ? { en: event.courseTitleEn } : {}),
      });
    case 'PROGRESSED':
    case 'FINISHED_CONTENT':
      return activity('contents', event.contentId, event.title ? { ko: event.title } : undefined);
    case 'JOINED_LIVE':
      return activity('live', event.liveSessionId, { ko: event.title });
    case 'MOVED':
      return null;
    default:
      return activity('courses', event.courseId);
  }
}

/** The record history stores for one event from `source`. */
export function recordOf(event: LearningEvent, source: string): NewRecord {
  const occurredAt = new Date(event.occurredAt);
  // A move's residence is where the learner moved to.
  const residenceCityId =
    event.verb === 'MOVED' ? (event.residenceCityId ?? event.cityId) : event.residenceCityId;
  const hours = 'hours' in event ? event.hours : 0;
  return {
    id: event.id,
    learnerId: event.learnerId,
    verb: event.verb,
    occurredAt,
    cityId: event.cityId,
    residenceCityId,
    courseId: 'courseId' in event ? event.courseId : null,
    contentId: 'contentId' in event ? event.contentId : null,
    hours,
    category: 'category' in event ? event.category : null,
    source,
    statement: {
      id: event.id,
      actor: { objectType: 'Agent', account: { homePage: site, name: event.learnerId } },
      verb: xapiVerb(event.verb),
      object: objectOf(event),
      result: hours > 0 ? { duration: `PT${hours}H` } : null,
      context: {
        platform: 'baeumteo',
        extensions: { tenant: event.cityId, residence: residenceCityId, source },
      },
      timestamp: occurredAt.toISOString(),
    },
  };
}

/** The title a record's statement carries, e.g. for a certificate issued from a COMPLETED record. */
export function titleOfStatement(statement: unknown): { ko: string; en: string | null } | null {
  const name = (statement as { object?: { definition?: { name?: Record<string, string> } } } | null)?.object
    ?.definition?.name;
  return name?.ko ? { ko: name.ko, en: name.en ?? null } : null;
}

/** The id of the CERTIFIED record for the certificate of a COMPLETED record. */
export const certifiedEventId = (completedRecordId: string) => stableUuid('CERTIFIED', completedRecordId);

/** The CERTIFIED record of a certificate, pointing at the COMPLETED record it was issued for. */
export function certifiedRecord(completed: NewRecord, number: string, now: Date): NewRecord {
  const id = certifiedEventId(completed.id);
  return {
    id,
    learnerId: completed.learnerId,
    verb: 'CERTIFIED',
    occurredAt: now,
    cityId: completed.cityId,
    residenceCityId: completed.residenceCityId,
    courseId: completed.courseId,
    contentId: null,
    hours: 0,
    category: completed.category,
    source: 'history',
    statement: {
      id,
      actor: (completed.statement as { actor?: unknown }).actor ?? null,
      verb: xapiVerb('CERTIFIED'),
      object: { objectType: 'Activity', id: `${site}/certificates/${number}` },
      result: null,
      context: {
        platform: 'baeumteo',
        statement: { objectType: 'StatementRef', id: completed.id },
        extensions: { tenant: completed.cityId, residence: completed.residenceCityId, source: 'history' },
      },
      timestamp: now.toISOString(),
    },
  };
}
