// The learning-event stream: one schema per verb, with the service that owns it. Producers
// validate every event before writing it to their outbox; history validates it again on
// ingestion and keeps what fails, with the schema's reason, as a dead letter.
import { z } from 'zod';
import { category, hours, instant, tenantId, title, uuid } from './fields.ts';

/** What every learning event carries. */
const learningEvent = {
  /** Stable per fact: history stores each id once, whatever the retries. */
  id: uuid,
  learnerId: uuid,
  /** The tenant where it happened: the course's city, the content's (or the province). */
  cityId: tenantId,
  /** Where the learner lived then: province statistics count residents. */
  residenceCityId: tenantId.nullable(),
  occurredAt: instant,
};

const courseEvent = { ...learningEvent, courseId: uuid };
const contentEvent = { ...learningEvent, contentId: uuid, title: title.optional() };

/** courses: the life of one enrollment. */
const applied = z.object({ ...courseEvent, verb: z.literal('APPLIED') });
const enrolled = z.object({ ...courseEvent, verb: z.literal('ENROLLED') });
const waitlisted = z.object({ ...courseEvent, verb: z.literal('WAITLISTED') });
const cancelled = z.object({ ...courseEvent, verb: z.literal('CANCELLED') });
const attended = z.object({ ...courseEvent, verb: z.literal('ATTENDED'), sessionId: uuid });
const notCompleted = z.object({ ...courseEvent, verb: z.literal('NOT_COMPLETED') });
/** Earns a certificate: the title as it was then, and the hours it credits in its category. */
const completed = z.object({
  ...courseEvent,
  verb: z.literal('COMPLETED'),
  courseTitle: title,
  courseTitleEn: title.nullable().optional(),
  hours: hours.positive(),
  category,
});

/** content: the shared online library and live classes. */
const progressed = z.object({ ...contentEvent, verb: z.literal('PROGRESSED') });
const finishedContent = z.object({
  ...contentEvent,
  verb: z.literal('FINISHED_CONTENT'),
  title,
  hours,
  category,
});
const joinedLive = z.object({ ...learningEvent, verb: z.literal('JOINED_LIVE'), liveSessionId: uuid, title });

/** learners: a change of residence; `cityId` is the new residence. */
const moved = z.object({
  ...learningEvent,
  verb: z.literal('MOVED'),
  /** Where the learner lived before; null for a first residence. */
  fromCityId: tenantId.nullable().optional(),
  /** Where the learner moved to: the same as `cityId`. */
  toCityId: tenantId.optional(),
});

export const learningEventSchema = z.discriminatedUnion('verb', [
  applied,
  enrolled,
  waitlisted,
  cancelled,
  attended,
  completed,
  notCompleted,
  progressed,
  finishedContent,
  joinedLive,
  moved,
]);

/**
 * A holder's name, from learners: what certificates print. Sent at sign-up and at erasure, so
 * history never reads another service's database.
 */
/**
 * The name of an erased account (learners sends it in the PROFILE event of the erasure): history
 * then shows it on the holder's certificates instead of their name, and verification shows none.
 */
export const erasedHolderName = '탈퇴한 회원';

export const profileEventSchema = z.object({
  id: uuid,
  type: z.literal('PROFILE'),
  learnerId: uuid,
  name: z.string().trim().min(1).max(100),
  occurredAt: instant,
});

export type LearningEvent = z.infer<typeof learningEventSchema>;
export type LearningVerb = LearningEvent['verb'];
export type ProfileEvent = z.infer<typeof profileEventSchema>;
/** Anything a producer writes to its outbox and history ingests. */
export type StreamEvent = LearningEvent | ProfileEvent;
/** The kind of a stream event: its verb, or PROFILE. */
export type StreamKind = LearningVerb | ProfileEvent['type'];

/** Every verb of the stream, in the schema's order. */
export const streamVerbs = learningEventSchema.options.map((o) => o.shape.verb.value) as LearningVerb[];

/** The one service allowed to produce each kind of event. */
export const eventOwners = {
  APPLIED: 'courses',
  ENROLLED: 'courses',
  WAITLISTED: 'courses',
  CANCELLED: 'courses',
  ATTENDED: 'courses',
  COMPLETED: 'courses',
  NOT_COMPLETED: 'courses',
  PROGRESSED: 'content',
  FINISHED_CONTENT: 'content',
  JOINED_LIVE: 'content',
  MOVED: 'learners',
  PROFILE: 'learners',
} as const satisfies Record<StreamKind, string>;

export type EventProducer = (typeof eventOwners)[StreamKind];

export const kindOf = (event: StreamEvent): StreamKind => ('verb' in event ? event.verb : event.type);

/** Checks one event as it arrives: the event, or why it cannot enter the history. */
export function parseStreamEvent(raw: unknown): { event: StreamEvent } | { reason: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { reason: 'not an object' };
  const { type, verb } = raw as { type?: unknown; verb?: unknown };
  if (type !== 'PROFILE' && !streamVerbs.some((known) => known === verb)) {
    return { reason: `unknown verb ${String(verb).slice(0, 40)}` };
  }
  const result = (type === 'PROFILE' ? profileEventSchema : learningEventSchema).safeParse(raw);
  return result.success ? { event: result.data } : { reason: reasonOf(result.error) };
}

/** One line a person can read: the first problem, named by the field it is in. */
export function reasonOf(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid event';
  const path = issue.path.map(String).join('.');
  if (!path) return issue.message;
  if (issue.code === 'invalid_type' || issue.code === 'invalid_format') return `missing or malformed ${path}`;
  return `${path}: ${issue.message}`;
}
