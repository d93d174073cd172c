// Starts the history subgraph: one learning history per resident, certificates and statistics.
import { eventsEndpoint } from '@baeumteo/contracts';
import {
  loadTypeDefs,
  type SigningKeys,
  type SubgraphStartOptions,
  startSubgraphService,
} from '@baeumteo/server';
import { createContext, type Links } from './context.ts';
import { tables } from './db/schema.ts';
import { historyDownloads } from './http/downloads.ts';
import { eventsHandler } from './http/events.ts';
import { resolvers } from './resolvers/index.ts';

export const typeDefs = loadTypeDefs(new URL('../schema.graphql', import.meta.url));

/** The public verification page when none is configured: the city site's /verify route. */
export const defaultVerificationUrl = 'http://localhost:5173/verify/{number}';

export interface HistoryOptions extends Omit<SubgraphStartOptions, 'seed'> {
  /** The province's keys: the credential key signs certificates. */
  keys: SigningKeys;
  /** The public verification page, with {number} where the certificate number goes. */
  verificationUrl?: string | undefined;
}

/** History has no demo catalog: its records come from what learners do. */
export function startHistory(options: HistoryOptions) {
  const template = options.verificationUrl ?? defaultVerificationUrl;
  const links: Links = {
    verificationUrl: (number) => template.replace('{number}', encodeURIComponent(number)),
  };
  return startSubgraphService({
    name: 'history',
    typeDefs,
    resolvers,
    tables,
    migrationsFolder: new URL('../migrations', import.meta.url).pathname,
    ...options,
    createContext: (database, request) => createContext(database, request, links),
    actions: (database) => ({ [eventsEndpoint.path]: eventsHandler(database, options.keys.credential) }),
    downloads: (database) => historyDownloads(database, links),
  });
}
