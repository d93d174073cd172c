// Starts the content subgraph: the shared online library, learners' progress and live classes.
import { deliverEvents, deliverNotices, finishedContentsEndpoint } from '@baeumteo/contracts';
import {
  loadTypeDefs,
  type PrivateKeys,
  type SubgraphStartOptions,
  serviceSigner,
  startOutboxRelay,
  startSubgraphService,
} from '@baeumteo/server';
import { type ContentSettings, createContext } from './context.ts';
import { noticeOutbox, outbox, tables } from './db/schema.ts';
import { finishedContents } from './http/finishedContents.ts';
import { contentsRepo } from './repo/contents.ts';
import { liveRemindersRepo } from './repo/liveReminders.ts';
import { resolvers } from './resolvers/index.ts';
import { seedCatalog } from './seed/catalog.ts';
import { queueLiveReminders, startLiveReminders } from './workers/liveReminders.ts';

export const typeDefs = loadTypeDefs(new URL('../schema.graphql', import.meta.url));

/** Where learners watch a live class when no provider is configured (LIVE_JOIN_URL). */
export const defaultLiveJoinUrl = 'https://live.baeumteo.gg.go.kr/rooms/{room}?participant={participant}';

/** The city sites' address when NOTIFY_SITE_URL is unset: the local site, as notifications'. */
const defaultSiteUrl = 'http://localhost:5173';

export interface ContentOptions extends SubgraphStartOptions {
  /** history's /events, where the outbox relay delivers learning events; none: no relay. */
  historyEventsUrl?: string | undefined;
  /** notifications' /notices, where the notice relay delivers live class reminders; none: no relay. */
  noticesUrl?: string | undefined;
  /**
   * The city sites' address, `{city}` replaced by the host city (NOTIFY_SITE_URL, as
   * notifications' links): reminders link to its live classes page. Default the local site.
   */
  siteUrl?: string | undefined;
  /** How often the reminder worker looks for live classes about to start (default a minute). */
  liveRemindersEveryMs?: number | undefined;
  /** The video provider's join address, with {room} and {participant}. */
  liveJoinUrl?: string | undefined;
  /** Its own key: signs its event deliveries. */
  keys: Pick<PrivateKeys, 'content'>;
}

export async function startContent(options: ContentOptions) {
  const settings: ContentSettings = { liveJoinUrl: options.liveJoinUrl ?? defaultLiveJoinUrl };
  const siteUrl = options.siteUrl ?? defaultSiteUrl;
  const signer = serviceSigner('content', options.keys.content);
  const service = await startSubgraphService({
    name: 'content',
    typeDefs,
    resolvers,
    tables,
    migrationsFolder: new URL('../migrations', import.meta.url).pathname,
    ...options,
    outbox,
    noticeOutbox,
    createContext: (database, request) => createContext(database, request, settings),
    workers: (database) => [
      ...(options.historyEventsUrl
        ? [
            startOutboxRelay({
              name: 'content',
              db: database.db,
              outbox,
              deliver: deliverEvents({ url: options.historyEventsUrl, signer }),
              ...options.relay,
            }),
          ]
        : []),
      ...(options.noticesUrl
        ? [
            startOutboxRelay({
              name: 'content-notices',
              db: database.db,
              outbox: noticeOutbox,
              deliver: deliverNotices({ url: options.noticesUrl, signer }),
              ...options.relay,
            }),
          ]
        : []),
      startLiveReminders(liveRemindersRepo(database.db), {
        siteUrl,
        everyMs: options.liveRemindersEveryMs,
      }),
    ],
    actions: (database) => ({ [finishedContentsEndpoint.path]: finishedContents(database) }),
    seed: {
      enabled: options.seed,
      isEmpty: async (database) => (await contentsRepo(database.db).count()) === 0,
      run: (database) => seedCatalog(database.db),
    },
  });
  return Object.assign(service, {
    /** One run of the reminder worker, now (or at `now`): what tests and operators drive by hand. */
    queueLiveReminders: (now?: Date) =>
      queueLiveReminders(liveRemindersRepo(service.database.db), siteUrl, now),
  });
}
