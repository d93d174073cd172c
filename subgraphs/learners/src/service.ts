// Starts the learners subgraph: tenancy and identity.
import { deliverEvents, deliverNotices, sessionCheckEndpoint } from '@baeumteo/contracts';
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
import { createContext } from './context.ts';
import { noticeOutbox, outbox, tables } from './db/schema.ts';
import { sessionCheck } from './http/sessionCheck.ts';
import { accessLogRepo } from './repo/accessLog.ts';
import { citiesRepo } from './repo/cities.ts';
import { resolvers } from './resolvers/index.ts';
import { sessionPolicy } from './rules/sessions.ts';
import { type AccountSeed, demoAccounts, ensureAccount } from './seed/accounts.ts';
import { seedCatalog } from './seed/catalog.ts';

export const typeDefs = loadTypeDefs(new URL('../schema.graphql', import.meta.url));

export interface LearnersOptions extends SubgraphStartOptions {
  /** history's /events, where the outbox relay delivers MOVED and PROFILE events; none: no relay. */
  historyEventsUrl?: string | undefined;
  /** notifications' /notices, where the notice relay delivers contacts and account messages; none: no relay. */
  noticesUrl?: string | undefined;
  /** Its keys: the token key signs access tokens, its own key what it sends other services. */
  keys: Pick<PrivateKeys, 'token' | 'learners'>;
  /** How long a session lasts from sign-in, however often refreshed (BAEUMTEO_SESSION_DAYS; 30). */
  sessionLifetimeDays?: number | undefined;
  /** A province admin to make sure of at every start (BAEUMTEO_ADMIN_EMAIL/PASSWORD). */
  admin?: Pick<AccountSeed, 'email' | 'password'> | undefined;
}

export function startLearners(options: LearnersOptions) {
  const signer = serviceSigner('learners', options.keys.learners);
  return startSubgraphService({
    name: 'learners',
    typeDefs,
    resolvers,
    tables,
    migrationsFolder: new URL('../migrations', import.meta.url).pathname,
    ...options,
    outbox,
    noticeOutbox,
    workers: (database) => [
      ...(options.historyEventsUrl
        ? [
            startOutboxRelay({
              name: 'learners',
              db: database.db,
              outbox,
              deliver: deliverEvents({ url: options.historyEventsUrl, signer }),
              ...options.relay,
            }),
          ]
        : []),
      ...(options.noticesUrl
        ? [
            startOutboxRelay({
              name: 'learners-notices',
              db: database.db,
              outbox: noticeOutbox,
              deliver: deliverNotices({ url: options.noticesUrl, signer }),
              ...options.relay,
            }),
          ]
        : []),
      startPruner({
        name: 'learners-access-log',
        prune: () =>
          accessLogRepo(database.db).prune(options.accessLogRetentionDays ?? defaultAccessLogRetentionDays),
      }),
    ],
    actions: (database) => ({ [sessionCheckEndpoint.path]: sessionCheck(database.db) }),
    createContext: (database, request) =>
      createContext(database, request, {
        keys: options.keys,
        sessionLifetimeDays: options.sessionLifetimeDays ?? sessionPolicy.lifetimeDays,
      }),
    seed: {
      enabled: options.seed,
      isEmpty: async (database) => (await citiesRepo(database.db).count()) === 0,
      run: async (database) => {
        await seedCatalog(database.db);
        for (const account of demoAccounts) await ensureAccount(database.db, account);
      },
    },
    onStart: async (database) => {
      // The cities must exist before any account can live in one.
      if ((await citiesRepo(database.db).count()) === 0) await seedCatalog(database.db);
      if (options.admin) {
        await ensureAccount(database.db, {
          ...options.admin,
          displayName: '경기도 관리자',
          residenceCityId: 'suwon',
          roles: [{ role: 'PROVINCE_ADMIN', cityId: null }],
        });
      }
    },
  });
}
