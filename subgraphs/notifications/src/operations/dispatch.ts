// Sending what is due: each claimed delivery rendered in its learner's language (the one they
// chose, else their account's) with their city's look, handed to its channel, and recorded as sent, retried with backoff, skipped (it
// has nowhere to go) or dead. A crash between sending and recording sends that one message
// again once its lease runs out: at least once, as the channels allow.
import type { Locale } from '@baeumteo/contracts';
import { createLogger, type Database, type RetrySchedule, retryDelayMs } from '@baeumteo/server';
import { type Channel, ChannelFailure, type ChannelName, type Recipient } from '../channels/channel.ts';
import type { tables } from '../db/schema.ts';
import { renderMessage } from '../messages/render.ts';
import { type DueDelivery, deliveriesRepo } from '../repo/deliveries.ts';
import { allows } from '../rules/preferences.ts';
import { type SiteLinks, siteLookOf } from '../rules/sites.ts';

const log = createLogger('notifications-dispatch');

export interface DispatchSettings {
  channels: ReadonlyMap<ChannelName, Channel>;
  links: SiteLinks;
  /**
   * Failed tries before a delivery is dead (8: a few minutes of retries with the default
   * backoff). Tries while its server is unreachable do not count: those go on until it is back.
   */
  maxAttempts?: number;
  retry?: RetrySchedule;
  /**
   * The backoff while a message waits (its server unreachable, its contact not there yet): short,
   * so that all goes soon after; these tries never make a message dead.
   */
  waitingRetry?: RetrySchedule;
  batchSize?: number;
  leaseMs?: number;
  now?: () => Date;
}

export interface DispatchResult {
  sent: number;
  failed: number;
  dead: number;
  skipped: number;
}

/** Sends one batch of due deliveries; returns what became of them. */
export async function dispatchDue(
  database: Database<typeof tables>,
  settings: DispatchSettings,
): Promise<DispatchResult & { claimed: number }> {
  const now = settings.now ?? (() => new Date());
  const repo = deliveriesRepo(database.db);
  const due = await repo.claimDue(now(), settings.batchSize ?? 50, settings.leaseMs ?? 60_000);
  const result: DispatchResult = { sent: 0, failed: 0, dead: 0, skipped: 0 };
  await Promise.all(
    due.map(async (delivery) => {
      const outcome = await deliver(delivery, settings, now);
      result[outcome.status]++;
      if (outcome.status === 'sent') {
        await repo.markSent(delivery.id, outcome.providerId, now());
        // A sent link's token is the learner's alone: nothing keeps it once it is on its way.
        if ('token' in delivery.notification.facts) await repo.forgetToken(delivery.notification.id);
      } else if (outcome.status === 'skipped') await repo.skip(delivery.id, outcome.reason, now());
      else {
        const attempts = delivery.attempts + 1;
        const schedule = outcome.waiting
          ? (settings.waitingRetry ?? { baseMs: 2_000, maxMs: 60_000 })
          : (settings.retry ?? { baseMs: 2_000, maxMs: 600_000 });
        const retryAt =
          outcome.status === 'failed' ? new Date(now().getTime() + retryDelayMs(attempts, schedule)) : null;
        await repo.recordFailure(delivery.id, outcome.reason, retryAt, now());
        const fields = { delivery: delivery.id, channel: delivery.channel, attempts, reason: outcome.reason };
        if (retryAt) log.warn('delivery failed; retrying later', fields);
        else log.error('delivery dead', fields);
      }
    }),
  );
  return { ...result, claimed: due.length };
}

type Outcome =
  | { status: 'sent'; providerId?: string | undefined }
  /** `waiting`: nothing is wrong with the message (its server is down, its contact not there yet): never dead. */
  | { status: 'skipped' | 'failed' | 'dead'; reason: string; waiting?: boolean };

/**
 * How long a message waits for its learner's contact to arrive or their address to be confirmed
 * (the contact comes from learners on a stream of its own, and may trail the notice).
 */
const contactGraceMs = 10 * 60_000;

async function deliver(delivery: DueDelivery, settings: DispatchSettings, now: () => Date): Promise<Outcome> {
  const channel = settings.channels.get(delivery.channel);
  if (!channel) return { status: 'skipped', reason: `the ${delivery.channel} channel is not configured` };
  const { contact, notification } = delivery;
  const maxAttempts = settings.maxAttempts ?? 8;
  const failedFor = (reason: string): Outcome => ({
    status: delivery.attempts + 1 >= maxAttempts ? 'dead' : 'failed',
    reason,
  });
  const young = now().getTime() - notification.createdAt.getTime() < contactGraceMs;
  if (!contact) {
    return young
      ? { status: 'failed', reason: 'no contact for the learner yet', waiting: true }
      : { status: 'skipped', reason: 'no contact for the learner' };
  }
  if (!allows(delivery.choices?.muted, notification.kind, delivery.channel)) {
    // Turned off after the message was taken: the learner's latest choice wins.
    return { status: 'skipped', reason: 'turned off by the learner' };
  }
  const locale = delivery.choices?.locale ?? contact.locale;
  const recipient = recipientOf(delivery, contact.name, locale);
  if ('reason' in recipient) {
    // A confirmation may be on its way on learners' stream: wait for it a while.
    if (recipient.reason === 'email not verified' && young)
      return { status: 'failed', ...recipient, waiting: true };
    return { status: 'skipped', ...recipient };
  }
  const site = siteLookOf(notification.cityId, locale);
  const links = settings.links.of(notification, now(), contact.unsubscribeToken);
  const message = renderMessage(notification.facts, { name: contact.name, locale }, site, links);
  try {
    const { providerId } = await channel.send(recipient, message);
    return { status: 'sent', providerId };
  } catch (error) {
    if (!(error instanceof ChannelFailure)) {
      log.error('channel failed unexpectedly', { delivery: delivery.id, channel: delivery.channel });
      return failedFor('unexpected channel failure');
    }
    if (error.kind === 'PERMANENT') return { status: 'dead', reason: error.reason };
    if (error.kind === 'UNREACHABLE') return { status: 'failed', reason: error.reason, waiting: true };
    return failedFor(error.reason);
  }
}

function recipientOf(delivery: DueDelivery, name: string, locale: Locale): Recipient | { reason: string } {
  const { facts } = delivery.notification;
  // An account message goes to the address it names: the one to confirm, or the one replaced.
  if ('to' in facts) return { address: facts.to, name, locale };
  if (delivery.channel === 'KAKAO') {
    return delivery.phone ? { address: delivery.phone, name, locale } : { reason: 'no phone number' };
  }
  const { contact } = delivery;
  if (!contact?.email) return { reason: 'no email address' };
  // An address nobody has confirmed may be someone else's: it gets nothing but its verification.
  if (!contact.emailVerified) return { reason: 'email not verified' };
  return { address: contact.email, name, locale };
}
