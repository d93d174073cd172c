// Starts the history subgraph: one learning history per resident, certificates and statistics.
import { eventsEndpoint } from '@baeumteo/contracts';
import {
  defaultAccessLogRetentionDays,
  loadTypeDefs,
  type PrivateKeys,
  type SubgraphStartOptions,
  startPruner,
  startSubgraphService,
} from '@baeumteo/server';
import { createContext, type Links } from './context.ts';
import { tables } from './db/schema.ts';
import { historyDownloads } from './http/downloads.ts';
import { eventsHandler } from './http/events.ts';
import { accessLogRepo } from './repo/accessLog.ts';
import { resolvers } from './resolvers/index.ts';
import { verificationAddress } from './rules/verificationUrl.ts';

export const typeDefs = loadTypeDefs(new URL('../schema.graphql', import.meta.url));

/** The public verification page when none is configured: the city site's /verify route. */
export const defaultVerificationUrl = 'http://localhost:5173/verify/{number}?code={code}';

export interface HistoryOptions extends Omit<SubgraphStartOptions, 'seed'> {
  /** Its key: the credential key signs certificates. */
  keys: Pick<PrivateKeys, 'credential'>;
  /** The public verification page: {number} and {code} are replaced (rules/verificationUrl.ts). */
  verificationUrl?: string | undefined;
}

/** History has no demo catalog: its records come from what learners do. */
export function startHistory(options: HistoryOptions) {
  const template = options.verificationUrl ?? defaultVerificationUrl;
  const links: Links = {
    verificationUrl: (number, code) => verificationAddress(template, number, code),
  };
  return startSubgraphService({
    name: 'history',
    typeDefs,
    resolvers,
    tables,
    migrationsFolder: new URL('../migrations', import.meta.url).pathname,
    ...options,
    createContext: (database, request) => createContext(database, request, links),
    workers: (database) => [
      startPruner({
        name: 'history-access-log',
        prune: () =>
          accessLogRepo(database.db).prune(options.accessLogRetentionDays ?? defaultAccessLogRetentionDays),
      }),
    ],
    actions: (database) => ({ [eventsEndpoint.path]: eventsHandler(database, options.keys.credential) }),
    downloads: (database) => historyDownloads(database, links),
  });
}
