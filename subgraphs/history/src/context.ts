// Per-request context of the history subgraph.
import type { CorrelatedContext, Database } from '@baeumteo/server';
import type { tables } from './db/schema.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { certificatesRepo } from './repo/certificates.ts';

export interface Repos {
  certificates: ReturnType<typeof certificatesRepo>;
}

export interface Context extends CorrelatedContext {
  repo: Repos;
  loaders: Loaders;
}

export function createContext(database: Database<typeof tables>, correlationId: string): Context {
  const repo: Repos = { certificates: certificatesRepo(database.db) };
  return { correlationId, repo, loaders: createLoaders(repo) };
}
