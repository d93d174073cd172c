// A learner's choices about their messages, as plain rules: which kinds they may choose about
// (all but the account messages, which answer what they are doing and go by email whatever they
// chose), how a choice is kept ("KIND:CHANNEL" turned off), what a change makes of it, and so
// which channels a notification goes by.
import {
  type AccountNoticeKind,
  accountNoticeKinds,
  type Locale,
  type NoticeKind,
  noticeKinds,
} from '@baeumteo/contracts';
import { badInput } from '@baeumteo/server';
import type { ChannelName } from '../channels/channel.ts';
import { timeCritical } from './nightHold.ts';

export const isAccountKind = (kind: NoticeKind): kind is AccountNoticeKind =>
  (accountNoticeKinds as readonly string[]).includes(kind);

export const channelNames: readonly ChannelName[] = ['EMAIL', 'KAKAO'];

/** The kinds a learner chooses about, in the order the preferences page lists them. */
export const choosableKinds: readonly NoticeKind[] = noticeKinds.filter((k) => !isAccountKind(k));

export const mutedKey = (kind: NoticeKind, channel: ChannelName) => `${kind}:${channel}`;

/** Whether the learner let `kind` go by `channel` (account messages always may). */
export function allows(muted: readonly string[] | null | undefined, kind: NoticeKind, channel: ChannelName) {
  return isAccountKind(kind) || !muted?.includes(mutedKey(kind, channel));
}

/**
 * The channels a notification goes by: an account message by email alone (to the address it
 * names); the rest by every configured channel the learner can be reached on and let it go by.
 */
export function channelsFor(
  kind: NoticeKind,
  configured: readonly ChannelName[],
  hasPhone: boolean,
  muted: readonly string[] = [],
): ChannelName[] {
  if (isAccountKind(kind)) return configured.filter((c) => c === 'EMAIL');
  return configured.filter((c) => (c !== 'KAKAO' || hasPhone) && allows(muted, kind, c));
}

export interface KindPreference {
  kind: NoticeKind;
  channels: ChannelName[];
  timeCritical: boolean;
}

/** Every choosable kind with the channels it goes by under `muted`. */
export function kindPreferences(muted: readonly string[]): KindPreference[] {
  return choosableKinds.map((kind) => ({
    kind,
    channels: channelNames.filter((c) => allows(muted, kind, c)),
    timeCritical: timeCritical.has(kind),
  }));
}

export interface PreferencesChange {
  language?: Locale | null | undefined;
  kinds?: readonly { kind: NoticeKind; channels: readonly ChannelName[] }[] | null | undefined;
}

/** The muted list after `change`: kinds it names get its channels, the others keep theirs. */
export function mutedAfter(muted: readonly string[], change: PreferencesChange): string[] {
  const kinds = change.kinds ?? [];
  const seen = new Set<NoticeKind>();
  for (const { kind } of kinds) {
    if (isAccountKind(kind)) {
      throw badInput(`${kind} is an account message: it always goes by email.`, 'kinds');
    }
    if (seen.has(kind)) throw badInput(`${kind} is given more than once.`, 'kinds');
    seen.add(kind);
  }
  const kept = muted.filter((key) => !seen.has(key.split(':')[0] as NoticeKind));
  const added = kinds.flatMap(({ kind, channels }) =>
    channelNames.filter((c) => !channels.includes(c)).map((c) => mutedKey(kind, c)),
  );
  return [...new Set([...kept, ...added])].sort();
}

/** The muted list after the unsubscribe link of `kind` (every kind when none) was followed. */
export function mutedAfterUnsubscribe(muted: readonly string[], kind: NoticeKind | null): string[] {
  if (kind && isAccountKind(kind)) {
    throw badInput(`${kind} is an account message: it always goes by email.`, 'kind');
  }
  const kinds = kind ? [kind] : choosableKinds;
  return [...new Set([...muted, ...kinds.map((k) => mutedKey(k, 'EMAIL'))])].sort();
}

/** The link's token as every email carries it: 64 hexadecimal digits. */
export const isUnsubscribeToken = (token: string) => /^[0-9a-f]{64}$/.test(token);
