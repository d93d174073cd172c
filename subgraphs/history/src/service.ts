// Starts the history subgraph: one learning history per resident, and certificates.
import { loadTypeDefs, type SubgraphStartOptions, startSubgraphService } from '@baeumteo/server';
import { createContext } from './context.ts';
import { tables } from './db/schema.ts';
import { ingestEvents } from './ingest.ts';
import { resolvers } from './resolvers/index.ts';

export const typeDefs = loadTypeDefs(new URL('../schema.graphql', import.meta.url));

/** History has no demo catalog: its records come from what learners do. */
export function startHistory(options: Omit<SubgraphStartOptions, 'seed'>) {
  return startSubgraphService({
    name: 'history',
    typeDefs,
    resolvers,
    tables,
    migrationsFolder: new URL('../migrations', import.meta.url).pathname,
    ...options,
    createContext: (database, request) => createContext(database, request),
    actions: (database) => ({ '/events': ingestEvents(database) }),
  });
}
