// The verbs of a learning record: every verb of the event stream, and CERTIFIED, which history
// itself records when it issues a certificate. The database enum is this list, in this order.
import type { LearningVerb } from '@baeumteo/contracts';

export { learningCategoryIds as learningCategories } from '@baeumteo/contracts';

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

export type RecordVerb = (typeof learningVerbs)[number];

/** Fails to compile when the stream gains a verb that history does not record. */
export const everyStreamVerbIsRecorded: LearningVerb extends RecordVerb ? true : never = true;
