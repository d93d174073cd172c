// What a message says, kept with the notification: the notice without whom it is for, where and
// when (those are the notification's own columns).
import type { Notice } from '@baeumteo/contracts';

type Facts<T> = T extends unknown ? Omit<T, 'id' | 'learnerId' | 'cityId' | 'occurredAt'> : never;

export type MessageFacts = Facts<Notice>;

export function factsOf(notice: Notice): MessageFacts {
  const { id: _id, learnerId: _learner, cityId: _city, occurredAt: _at, ...facts } = notice;
  return facts as MessageFacts;
}
