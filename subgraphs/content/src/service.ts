// Starts the content subgraph: the shared online library, learners' progress and live classes.
import { deliverEvents, finishedContentsEndpoint } from '@baeumteo/contracts';
import {
  loadTypeDefs,
  type PrivateKeys,
  type SubgraphStartOptions,
  serviceSigner,
  startOutboxRelay,
  startSubgraphService,
} from '@baeumteo/server';
import { type ContentSettings, createContext } from './context.ts';
import { outbox, tables } from './db/schema.ts';
import { finishedContents } from './http/finishedContents.ts';
import { contentsRepo } from './repo/contents.ts';
import { resolvers } from './resolvers/index.ts';
import { seedCatalog } from './seed/catalog.ts';

export const typeDefs = loadTypeDefs(new URL('../schema.graphql', import.meta.url));

/** Where learners watch a live class when no provider is configured (LIVE_JOIN_URL). */
export const defaultLiveJoinUrl = 'https://live.baeumteo.gg.go.kr/rooms/{room}?participant={participant}';

export interface ContentOptions extends SubgraphStartOptions {
  /** history's /events, where the outbox relay delivers learning events; none: no relay. */
  historyEventsUrl?: string | undefined;
  /** The video provider's join address, with {room} and {participant}. */
  liveJoinUrl?: string | undefined;
  /** Its own key: signs its event deliveries. */
  keys: Pick<PrivateKeys, 'content'>;
}

export function startContent(options: ContentOptions) {
  const settings: ContentSettings = { liveJoinUrl: options.liveJoinUrl ?? defaultLiveJoinUrl };
  const signer = serviceSigner('content', options.keys.content);
  return startSubgraphService({
    name: 'content',
    typeDefs,
    resolvers,
    tables,
    migrationsFolder: new URL('../migrations', import.meta.url).pathname,
    ...options,
    outbox,
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
    ],
    actions: (database) => ({ [finishedContentsEndpoint.path]: finishedContents(database) }),
    seed: {
      enabled: options.seed,
      isEmpty: async (database) => (await contentsRepo(database.db).count()) === 0,
      run: (database) => seedCatalog(database.db),
    },
  });
}
