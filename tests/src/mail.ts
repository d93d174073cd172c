// Reading what the platform emailed, from a real SMTP server on loopback: the messages to one
// address, and the token in a link of ours.
import type { SmtpInbox } from '@baeumteo/notifications/testing';
import type { ParsedMail } from 'mailparser';

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
