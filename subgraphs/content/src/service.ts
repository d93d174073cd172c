// Starts the content subgraph: the shared online library, learners' progress and live classes.
import {
  loadTypeDefs,
  outboxRelays,
  type SubgraphStartOptions,
  startSubgraphService,
} from '@baeumteo/server';
import { type ContentSettings, createContext, reposOf } from './context.ts';
import { outbox, tables } from './db/schema.ts';
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
    actions: (database) => ({
      // courses asks which learners finished an online course's contents; no shared database.
      '/finished-contents': async (body) => {
        const { learnerIds, contentIds } = (body ?? {}) as { learnerIds?: unknown; contentIds?: unknown };
        const strings = (v: unknown) =>
          Array.isArray(v) && v.length <= 10_000 && v.every((x) => typeof x === 'string');
        if (!strings(learnerIds) || !strings(contentIds)) {
          return { status: 400, body: { error: 'Send {"learnerIds": [...], "contentIds": [...]}' } };
        }
        const finished = await reposOf(database).progress.finished(
          learnerIds as string[],
          contentIds as string[],
        );
        return { status: 200, body: { finished } };
      },
    }),
    seed: {
      enabled: options.seed,
      isEmpty: async (database) => (await contentsRepo(database.db).count()) === 0,
      run: (database) => seedCatalog(database.db),
    },
  });
}
