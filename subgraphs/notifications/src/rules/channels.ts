// Which channels a notification goes by: account messages by email alone (to the address they
// name); the rest by every configured channel the learner can be reached on.
import { type AccountNoticeKind, accountNoticeKinds, type NoticeKind } from '@baeumteo/contracts';
import type { ChannelName } from '../channels/channel.ts';

export const isAccountKind = (kind: NoticeKind): kind is AccountNoticeKind =>
  (accountNoticeKinds as readonly string[]).includes(kind);

export function channelsFor(
  kind: NoticeKind,
  configured: readonly ChannelName[],
  hasPhone: boolean,
): ChannelName[] {
  if (isAccountKind(kind)) return configured.filter((c) => c === 'EMAIL');
  return configured.filter((c) => c !== 'KAKAO' || hasPhone);
}
