import type { NotificationKind } from '../../generated/graphql';

/** The kinds a learner chooses about: all but the account messages, which always come by email. */
export type ChoosableKind = Exclude<NotificationKind, 'VERIFY_EMAIL' | 'PASSWORD_RESET' | 'EMAIL_CHANGED'>;

const choosable: Readonly<Record<ChoosableKind, true>> = {
  APPLICATION_RECEIVED: true,
  ENROLLED: true,
  WAITLISTED: true,
  PROMOTED: true,
  LOTTERY_RESULT: true,
  APPROVAL_DECISION: true,
  COURSE_CHANGED: true,
  COURSE_CANCELLED: true,
  COURSE_MESSAGE: true,
  SESSION_REMINDER: true,
  CERTIFICATE_ISSUED: true,
  LIVE_STARTING: true,
};

export const isChoosableKind = (value: string): value is ChoosableKind => Object.hasOwn(choosable, value);

/** The i18n key of a kind's name (namespace notifications). */
export const kindKey = (kind: ChoosableKind) => `kinds.${kind}` as const;
