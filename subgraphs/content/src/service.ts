// Starts the content subgraph: the shared online library.
import { loadTypeDefs, type SubgraphStartOptions, startSubgraphService } from '@baeumteo/server';
import { createContext } from './context.ts';
import { tables } from './db/schema.ts';
import { contentsRepo } from './repo/contents.ts';
import { resolvers } from './resolvers/index.ts';
import { seedCatalog } from './seed/catalog.ts';

export const typeDefs = loadTypeDefs(new URL('../schema.graphql', import.meta.url));

export function startContent(options: SubgraphStartOptions) {
  return startSubgraphService({
    name: 'content',
    typeDefs,
    resolvers,
    tables,
    migrationsFolder: new URL('../migrations', import.meta.url).pathname,
    ...options,
    createContext: (database, request) => createContext(database, request),
    seed: {
      enabled: options.seed,
      isEmpty: async (database) => (await contentsRepo(database.db).count()) === 0,
      run: (database) => seedCatalog(database.db),
    },
  });
}
