// The notifications service's parts: notice intake, the delivery queue and its dispatcher, and
// the channels (email over SMTP, KakaoTalk AlimTalk).
export {
  type Channel,
  ChannelFailure,
  type ChannelName,
  channelNames,
  type Recipient,
} from './channels/channel.ts';
export { type EmailSettings, emailChannel } from './channels/email.ts';
export { type KakaoSettings, kakaoChannel } from './channels/kakao.ts';
export { tables } from './db/schema.ts';
export { type DispatchSettings, dispatchDue } from './operations/dispatch.ts';
export { type Dispatcher, startDispatcher } from './operations/dispatcher.ts';
export { type IntakeResult, takeNotices } from './operations/intake.ts';
export { deliveriesRepo } from './repo/deliveries.ts';
export { siteLinks } from './rules/sites.ts';

/** Where the migrations of the notifications schema are. */
export const migrationsFolder = new URL('../migrations', import.meta.url).pathname;
