// Reading what the platform emailed, from a real SMTP server on loopback: the messages to one
// address, the token in a link of ours; and the platform options and the confirmed learner the
// tests of what residents are told start from.
import type { SmtpInbox } from '@baeumteo/notifications/testing';
import type { ParsedMail } from 'mailparser';
import { signUp, type TestAccount } from './accounts.ts';
import type { Platform } from './platform.ts';

const addressesOf = (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((to) =>
    to.value.map((v) => v.address),
  );

/** Waits until `count` messages to `address` have arrived; returns them, oldest first. */
export async function mailTo(
  inbox: SmtpInbox,
  address: string,
  count = 1,
  timeoutMs = 15_000,
): Promise<ParsedMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mine = inbox.messages.filter((m) => addressesOf(m).includes(address));
    if (mine.length >= count) return mine;
    if (Date.now() > deadline) throw new Error(`${mine.length} of ${count} messages to ${address} arrived`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The token of the link to `path` (e.g. /account/verify-email) in a message's text. */
export function linkToken(mail: ParsedMail, path: string): string {
  const match = new RegExp(`${path}\\?token=([A-Za-z0-9_-]{43})`).exec(mail.text ?? '');
  if (!match?.[1]) throw new Error(`no ${path} link in "${mail.subject}"`);
  return match[1];
}

/**
 * What a platform that emails needs for a gateway-level test: notices relayed and delivered by
 * email to `inbox` at once (tests run at any hour: the night-time hold is tested on its own, in
 * subgraphs/notifications), links to https://<city>.sites.test.
 */
export function mailingPlatform(inbox: SmtpInbox) {
  return {
    relays: true,
    notifications: {
      email: { url: inbox.url, from: 'noreply@baeumteo.test', timeoutMs: 2_000 },
      siteUrl: 'https://{city}.sites.test',
      quietHours: null,
      dispatch: { intervalMs: 100, waitingRetry: { baseMs: 500, maxMs: 4_000 } },
    },
  };
}

/** A new learner whose address is confirmed through the link the platform mailed to it. */
export async function confirmedLearner(
  platform: Platform,
  inbox: SmtpInbox,
  overrides: Parameters<typeof signUp>[1] = {},
): Promise<TestAccount> {
  const learner = await signUp(platform, overrides);
  const [mail] = await mailTo(inbox, learner.email);
  const verified = await platform.query<{ verifyEmail: boolean }>(
    'mutation ($t: String!) { verifyEmail(token: $t) }',
    { t: linkToken(mail!, '/account/verify-email') },
  );
  if (verified.body.data?.verifyEmail !== true) {
    throw new Error(`the mailed link did not confirm ${learner.email}: ${JSON.stringify(verified.body)}`);
  }
  return learner;
}
