// The notice stream: what the notifications service is told, by the services where it happens.
// Each notice names one learner, the tenant it belongs to and what the message needs to say, so
// notifications never reads another service's database. A notice's id is stable per fact: the
// same notice delivered twice is one message. Contacts (where a learner can be reached, in which
// language) come from learners the same way.
import { z } from 'zod';
import { locales } from '../reference/locales.ts';
import { instant, tenantId, title, uuid } from './fields.ts';

const base = { id: uuid, learnerId: uuid, cityId: tenantId, occurredAt: instant };

/** The course a notice is about, as its producer knew it then. */
const course = z.object({
  id: uuid,
  title,
  titleEn: title.nullable().optional(),
  /** The first session's day (YYYY-MM-DD, Korea time), when known. */
  startsOn: z.iso.date().nullable().optional(),
});

const courseNotice = { ...base, course };

const link = z.url({ protocol: /^https?$/ }).max(2000);
const address = z.email().max(320);
/** A single-use token (base64url, 256 bits): only its hash is kept by its issuer. */
const secretToken = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, { error: 'must be a 43-character base64url token' });

export const noticeSchema = z.discriminatedUnion('kind', [
  z.object({ ...courseNotice, kind: z.literal('APPLICATION_RECEIVED') }),
  z.object({ ...courseNotice, kind: z.literal('ENROLLED') }),
  z.object({ ...courseNotice, kind: z.literal('WAITLISTED'), position: z.int().positive() }),
  z.object({ ...courseNotice, kind: z.literal('PROMOTED') }),
  z.object({
    ...courseNotice,
    kind: z.literal('LOTTERY_RESULT'),
    won: z.boolean(),
    /** The waitlist position of one who was not drawn. */
    position: z.int().positive().nullable().optional(),
  }),
  z.object({ ...courseNotice, kind: z.literal('APPROVAL_DECISION'), approved: z.boolean() }),
  z.object({ ...courseNotice, kind: z.literal('COURSE_CHANGED'), change: z.string().min(1).max(500) }),
  z.object({ ...courseNotice, kind: z.literal('COURSE_CANCELLED') }),
  /** A notice a course's staff wrote to its applicants, in their words (one language, as written). */
  z.object({
    ...courseNotice,
    kind: z.literal('COURSE_MESSAGE'),
    message: z.string().trim().min(1).max(1000),
  }),
  z.object({ ...courseNotice, kind: z.literal('SESSION_REMINDER'), startsAt: instant }),
  z.object({
    ...base,
    kind: z.literal('CERTIFICATE_ISSUED'),
    title,
    titleEn: title.nullable().optional(),
    number: z.string().min(1).max(60),
    verificationUrl: link,
  }),
  z.object({
    ...base,
    kind: z.literal('LIVE_STARTING'),
    title,
    titleEn: title.nullable().optional(),
    startsAt: instant,
    joinUrl: link,
  }),
  // Account messages, from learners: each to the address it names (which may not be verified
  // yet, or no longer the account's), with a single-use token the link carries.
  z.object({
    ...base,
    kind: z.literal('VERIFY_EMAIL'),
    to: address,
    token: secretToken,
    /** Why the address is to be confirmed: a new account's (the default), or an account's new address. */
    purpose: z.enum(['SIGN_UP', 'EMAIL_CHANGE']).optional(),
  }),
  z.object({ ...base, kind: z.literal('PASSWORD_RESET'), to: address, token: secretToken }),
  /** To the old address when the account's email changes: the new one, partly hidden. */
  z.object({ ...base, kind: z.literal('EMAIL_CHANGED'), to: address, newEmail: z.string().min(3).max(320) }),
]);

/** The kinds that are about the account itself: sent by email to their own address, never listed. */
export const accountNoticeKinds = ['VERIFY_EMAIL', 'PASSWORD_RESET', 'EMAIL_CHANGED'] as const;
export type AccountNoticeKind = (typeof accountNoticeKinds)[number];

export type Notice = z.infer<typeof noticeSchema>;
export type NoticeKind = Notice['kind'];

export const noticeKinds = noticeSchema.options.map((o) => o.shape.kind.value) as NoticeKind[];

/** Where and how a learner is reached: sent by learners at sign-up and whenever it changes. */
export const contactSchema = z.object({
  id: uuid,
  type: z.literal('CONTACT'),
  learnerId: uuid,
  /** The learner's home tenant: whose name and colours their messages carry by default. */
  cityId: tenantId,
  name: z.string().trim().min(1).max(100),
  /** null once the account is erased: nothing more is sent. */
  email: z.email().max(320).nullable(),
  emailVerified: z.boolean(),
  locale: z.enum(locales),
  occurredAt: instant,
});

export type Contact = z.infer<typeof contactSchema>;

/** Checks one notice or contact as it arrives: it, or why it cannot be taken. */
export function parseNotice(raw: unknown): { notice: Notice } | { contact: Contact } | { reason: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { reason: 'not an object' };
  if ((raw as { type?: unknown }).type === 'CONTACT') {
    const result = contactSchema.safeParse(raw);
    return result.success ? { contact: result.data } : { reason: firstProblem(result.error) };
  }
  const result = noticeSchema.safeParse(raw);
  return result.success ? { notice: result.data } : { reason: firstProblem(result.error) };
}

function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid notice';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
