// Starts the history subgraph: one learning history per resident, certificates and statistics.
import { deliverNotices, eventsEndpoint } from '@baeumteo/contracts';
import {
  defaultAccessLogRetentionDays,
  loadTypeDefs,
  type PrivateKeys,
  type SubgraphStartOptions,
  serviceSigner,
  startOutboxRelay,
  startPruner,
  startSubgraphService,
} from '@baeumteo/server';
import { createContext, type Links } from './context.ts';
import { noticeOutbox, tables } from './db/schema.ts';
import { historyDownloads } from './http/downloads.ts';
import { eventsHandler } from './http/events.ts';
import { accessLogRepo } from './repo/accessLog.ts';
import { resolvers } from './resolvers/index.ts';
import { verificationAddress } from './rules/verificationUrl.ts';

export const typeDefs = loadTypeDefs(new URL('../schema.graphql', import.meta.url));

/** The public verification page when none is configured: the city site's /verify route. */
export const defaultVerificationUrl = 'http://localhost:5173/verify/{number}?code={code}';

export interface HistoryOptions extends Omit<SubgraphStartOptions, 'seed'> {
  /** Its keys: the credential key signs certificates, its own key its notices to notifications. */
  keys: Pick<PrivateKeys, 'credential' | 'history'>;
  /** notifications' /notices, where the notice relay tells holders of their certificates; none: no relay. */
  noticesUrl?: string | undefined;
  /** The public verification page: {number} and {code} are replaced (rules/verificationUrl.ts). */
  verificationUrl?: string | undefined;
}

/** History has no demo catalog: its records come from what learners do. */
export function startHistory(options: HistoryOptions) {
  const template = options.verificationUrl ?? defaultVerificationUrl;
  const links: Links = {
    verificationUrl: (certificate, code) =>
      verificationAddress(template, certificate.number, code, certificate.cityId),
  };
  return startSubgraphService({
    name: 'history',
    typeDefs,
    resolvers,
    tables,
    migrationsFolder: new URL('../migrations', import.meta.url).pathname,
    ...options,
    noticeOutbox,
    createContext: (database, request) => createContext(database, request, links),
    workers: (database) => [
      ...(options.noticesUrl
        ? [
            startOutboxRelay({
              name: 'history-notices',
              db: database.db,
              outbox: noticeOutbox,
              deliver: deliverNotices({
                url: options.noticesUrl,
                signer: serviceSigner('history', options.keys.history),
              }),
              ...options.relay,
            }),
          ]
        : []),
      startPruner({
        name: 'history-access-log',
        prune: () =>
          accessLogRepo(database.db).prune(options.accessLogRetentionDays ?? defaultAccessLogRetentionDays),
      }),
    ],
    actions: (database) => ({
      [eventsEndpoint.path]: eventsHandler(database, { key: options.keys.credential, links }),
    }),
    downloads: (database) => historyDownloads(database, links),
  });
}
