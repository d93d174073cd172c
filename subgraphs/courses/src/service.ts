// Starts the courses subgraph: standardized academic management.
import { deliverEvents } from '@baeumteo/contracts';
import {
  gatewaySecretHeader,
  loadTypeDefs,
  type SubgraphStartOptions,
  startOutboxRelay,
  startSubgraphService,
} from '@baeumteo/server';
import { createContext } from './context.ts';
import { outbox, tables } from './db/schema.ts';
import { contentClient } from './http/contentClient.ts';
import { coursesRepo } from './repo/courses.ts';
import { resolvers } from './resolvers/index.ts';
import { seedCatalog } from './seed/catalog.ts';

export const typeDefs = loadTypeDefs(new URL('../schema.graphql', import.meta.url));

export interface CoursesOptions extends SubgraphStartOptions {
  /** history's /events, where the outbox relay delivers learning events; none: no relay. */
  historyEventsUrl?: string | undefined;
  /** content's GraphQL URL: courses asks it which learners finished an online course's contents. */
  contentUrl?: string | undefined;
}

export function startCourses(options: CoursesOptions) {
  const headers = () => ({ [gatewaySecretHeader]: options.secret });
  return startSubgraphService({
    name: 'courses',
    typeDefs,
    resolvers,
    tables,
    migrationsFolder: new URL('../migrations', import.meta.url).pathname,
    ...options,
    workers: (database) =>
      options.historyEventsUrl
        ? [
            startOutboxRelay({
              name: 'courses',
              db: database.db,
              outbox,
              deliver: deliverEvents('courses', { url: options.historyEventsUrl, headers }),
            }),
          ]
        : [],
    createContext: (database, request) =>
      createContext(database, request, contentClient(options.contentUrl, options.secret)),
    seed: {
      enabled: options.seed,
      isEmpty: async (database) => (await coursesRepo(database.db).count()) === 0,
      run: (database) => seedCatalog(database.db),
    },
  });
}
