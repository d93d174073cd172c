// Per-request context of the history subgraph.
import type { Database, RequestContext } from '@baeumteo/server';
import type { tables } from './db/schema.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { certificatesRepo } from './repo/certificates.ts';

export interface Repos {
  certificates: ReturnType<typeof certificatesRepo>;
}

export interface Context extends RequestContext {
  repo: Repos;
  loaders: Loaders;
}

export function createContext(database: Database<typeof tables>, request: RequestContext): Context {
  const repo: Repos = { certificates: certificatesRepo(database.db) };
  return { ...request, repo, loaders: createLoaders(repo) };
}
