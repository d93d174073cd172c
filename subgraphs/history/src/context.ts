// Per-request context of the history subgraph.
import type { Database, RequestContext } from '@baeumteo/server';
import type { tables } from './db/schema.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { certificatesRepo } from './repo/certificates.ts';
import { recordsRepo } from './repo/records.ts';

export interface Repos {
  certificates: ReturnType<typeof certificatesRepo>;
  records: ReturnType<typeof recordsRepo>;
}

export interface Context extends RequestContext {
  repo: Repos;
  loaders: Loaders;
}

export function createContext(database: Database<typeof tables>, request: RequestContext): Context {
  const repo: Repos = { certificates: certificatesRepo(database.db), records: recordsRepo(database.db) };
  return { ...request, repo, loaders: createLoaders(repo) };
}
