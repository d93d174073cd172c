// One interface for every way a message leaves the platform (email, KakaoTalk): a channel sends
// one rendered message to one recipient, and says by the error it throws whether trying again
// can help.
import type { Locale } from '@baeumteo/contracts';
import type { RenderedMessage } from '../messages/render.ts';

export const channelNames = ['EMAIL', 'KAKAO'] as const;
export type ChannelName = (typeof channelNames)[number];

export type DeliveryStatus = 'PENDING' | 'SENT' | 'DEAD' | 'SKIPPED';

/** Who a message goes to: the address is the channel's (an email address, a phone number). */
export interface Recipient {
  address: string;
  name: string;
  locale: Locale;
}

export interface Channel {
  name: ChannelName;
  /** Sends one message; resolves with the provider's id for it, when it gives one. */
  send(recipient: Recipient, message: RenderedMessage): Promise<{ providerId?: string | undefined }>;
  close?(): Promise<void>;
}

/**
 * Why a send did not go out, as far as retrying goes:
 * - PERMANENT: this message to this recipient will never go (a rejected address, an unknown
 *   template): it is dead at once;
 * - TRANSIENT: this message failed for now (a full mailbox): retried, dead after too many tries;
 * - UNREACHABLE: the server or provider is down or refuses everything: no message is to blame,
 *   so it is retried for as long as that lasts and never given up.
 */
export type FailureKind = 'PERMANENT' | 'TRANSIENT' | 'UNREACHABLE';

/** A send that did not go out. `reason` is safe to store and log: never the address, number or text. */
export class ChannelFailure extends Error {
  readonly reason: string;
  readonly kind: FailureKind;

  constructor(reason: string, kind: FailureKind) {
    super(reason);
    this.name = 'ChannelFailure';
    this.reason = reason;
    this.kind = kind;
  }
}
