// Starts the content subgraph: the shared online library, learners' progress and live classes.
import {
  loadTypeDefs,
  outboxRelays,
  type SubgraphStartOptions,
  startSubgraphService,
} from '@baeumteo/server';
import { type ContentSettings, createContext } from './context.ts';
import { outbox, tables } from './db/schema.ts';
import { finishedContents } from './finishedContents.ts';
import { contentsRepo } from './repo/contents.ts';
import { resolvers } from './resolvers/index.ts';
import { seedCatalog } from './seed/catalog.ts';

export const typeDefs = loadTypeDefs(new URL('../schema.graphql', import.meta.url));

/** Where learners watch a live class when no provider is configured (LIVE_JOIN_URL). */
export const defaultLiveJoinUrl = 'https://live.baeumteo.gg.go.kr/rooms/{room}?participant={participant}';

export interface ContentOptions extends SubgraphStartOptions {
  /** The video provider's join address, with {room} and {participant}. */
  liveJoinUrl?: string | undefined;
}

export function startContent(options: ContentOptions) {
  const settings: ContentSettings = { liveJoinUrl: options.liveJoinUrl ?? defaultLiveJoinUrl };
  return startSubgraphService({
    name: 'content',
    typeDefs,
    resolvers,
    tables,
    migrationsFolder: new URL('../migrations', import.meta.url).pathname,
    ...options,
    createContext: (database, request) => createContext(database, request, settings),
    workers: (database) => outboxRelays('content', database.db, outbox, options),
    actions: (database) => ({ '/finished-contents': finishedContents(database) }),
    seed: {
      enabled: options.seed,
      isEmpty: async (database) => (await contentsRepo(database.db).count()) === 0,
      run: (database) => seedCatalog(database.db),
    },
  });
}
