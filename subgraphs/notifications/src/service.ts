// Starts the notifications subgraph: the notice stream's intake (POST /notices), the delivery
// queue's dispatcher over the configured channels, and the notification centre's GraphQL.
import { noticesEndpoint } from '@baeumteo/contracts';
import {
  loadTypeDefs,
  type RetrySchedule,
  type SubgraphStartOptions,
  startSubgraphService,
} from '@baeumteo/server';
import type { Channel, ChannelName } from './channels/channel.ts';
import { type EmailSettings, emailChannel } from './channels/email.ts';
import { type KakaoSettings, kakaoChannel } from './channels/kakao.ts';
import { createContext } from './context.ts';
import { tables } from './db/schema.ts';
import { noticesHandler } from './http/notices.ts';
import { startDispatcher } from './operations/dispatcher.ts';
import { resolvers } from './resolvers/index.ts';
import { defaultQuietHours, type QuietHours } from './rules/nightHold.ts';
import { siteLinks } from './rules/sites.ts';

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

export const typeDefs = loadTypeDefs(new URL('../schema.graphql', import.meta.url));

/** Where the migrations of the notifications schema are. */
export const migrationsFolder = new URL('../migrations', import.meta.url).pathname;

export interface NotificationsOptions extends Omit<SubgraphStartOptions, 'seed'> {
  /** Email over SMTP (SMTP_URL, SMTP_FROM); without it nothing is emailed. */
  email?: EmailSettings | undefined;
  /** KakaoTalk AlimTalk (KAKAO_*); without it nothing goes by KakaoTalk. */
  kakao?: KakaoSettings | undefined;
  /** The city sites' address, {city} replaced by the tenant (NOTIFY_SITE_URL). */
  siteUrl?: string | undefined;
  /** The night-time hold (NOTIFY_QUIET_HOURS: 21-8 Korea time by default; null: none). */
  quietHours?: QuietHours | null | undefined;
  /** How often the dispatcher looks for due messages (500 ms), and its retries. */
  dispatch?:
    | { intervalMs?: number; maxAttempts?: number; retry?: RetrySchedule; waitingRetry?: RetrySchedule }
    | undefined;
}

export function startNotifications(options: NotificationsOptions) {
  const channels = new Map<ChannelName, Channel>();
  if (options.email) channels.set('EMAIL', emailChannel(options.email));
  if (options.kakao) channels.set('KAKAO', kakaoChannel(options.kakao));
  const links = siteLinks(options.siteUrl);
  return startSubgraphService({
    name: 'notifications',
    typeDefs,
    resolvers,
    tables,
    migrationsFolder,
    ...options,
    createContext: (database, request) => createContext(database, request, links),
    actions: (database) => ({
      [noticesEndpoint.path]: noticesHandler(
        database,
        [...channels.keys()],
        options.quietHours === undefined ? defaultQuietHours : options.quietHours,
      ),
    }),
    // No channel, no delivery is ever planned: nothing to look for.
    workers: (database) =>
      channels.size > 0 ? [startDispatcher(database, { channels, links, ...options.dispatch })] : [],
  });
}
