// Starts the learners subgraph: tenancy and identity.
import {
  loadTypeDefs,
  outboxRelays,
  type SigningKeys,
  type SubgraphStartOptions,
  startSubgraphService,
} from '@baeumteo/server';
import { createContext } from './context.ts';
import { outbox, tables } from './db/schema.ts';
import { citiesRepo } from './repo/cities.ts';
import { resolvers } from './resolvers/index.ts';
import { type AccountSeed, demoAccounts, ensureAccount } from './seed/accounts.ts';
import { seedCatalog } from './seed/catalog.ts';

export const typeDefs = loadTypeDefs(new URL('../schema.graphql', import.meta.url));

export interface LearnersOptions extends SubgraphStartOptions {
  /** The province's keys: the token key signs access tokens. */
  keys: SigningKeys;
  /** A province admin to make sure of at every start (BAEUMTEO_ADMIN_EMAIL/PASSWORD). */
  admin?: Pick<AccountSeed, 'email' | 'password'> | undefined;
}

export function startLearners(options: LearnersOptions) {
  return startSubgraphService({
    name: 'learners',
    typeDefs,
    resolvers,
    tables,
    migrationsFolder: new URL('../migrations', import.meta.url).pathname,
    ...options,
    workers: (database) => outboxRelays('learners', database.db, outbox, options),
    createContext: (database, request) => createContext(database, request, options.keys),
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
