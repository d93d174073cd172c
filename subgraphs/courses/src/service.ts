// Starts the courses subgraph: standardized academic management.
import {
  loadTypeDefs,
  outboxRelays,
  type SubgraphStartOptions,
  startSubgraphService,
} from '@baeumteo/server';
import { contentClient } from './contentClient.ts';
import { createContext } from './context.ts';
import { outbox, tables } from './db/schema.ts';
import { coursesRepo } from './repo/courses.ts';
import { resolvers } from './resolvers/index.ts';
import { seedCatalog } from './seed/catalog.ts';

export const typeDefs = loadTypeDefs(new URL('../schema.graphql', import.meta.url));

export function startCourses(options: SubgraphStartOptions) {
  return startSubgraphService({
    name: 'courses',
    typeDefs,
    resolvers,
    tables,
    migrationsFolder: new URL('../migrations', import.meta.url).pathname,
    ...options,
    workers: (database) => outboxRelays('courses', database.db, outbox, options),
    createContext: (database, request) =>
      createContext(database, request, contentClient(options.contentUrl, options.secret)),
    seed: {
      enabled: options.seed,
      isEmpty: async (database) => (await coursesRepo(database.db).count()) === 0,
      run: (database) => seedCatalog(database.db),
    },
  });
}
