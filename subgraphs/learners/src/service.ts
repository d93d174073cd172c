// Starts the learners subgraph: tenancy and identity.
import { loadTypeDefs, type SubgraphStartOptions, startSubgraphService } from '@baeumteo/server';
import { createContext } from './context.ts';
import { tables } from './db/schema.ts';
import { citiesRepo } from './repo/cities.ts';
import { resolvers } from './resolvers/index.ts';
import { seedCatalog } from './seed/catalog.ts';

export const typeDefs = loadTypeDefs(new URL('../schema.graphql', import.meta.url));

export function startLearners(options: SubgraphStartOptions) {
  return startSubgraphService({
    name: 'learners',
    typeDefs,
    resolvers,
    tables,
    migrationsFolder: new URL('../migrations', import.meta.url).pathname,
    ...options,
    createContext: (database, correlationId) => createContext(database, correlationId),
    seed: {
      enabled: options.seed,
      isEmpty: async (database) => (await citiesRepo(database.db).count()) === 0,
      run: (database) => seedCatalog(database.db),
    },
  });
}
