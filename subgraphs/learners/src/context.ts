// Per-request context of the learners subgraph.
import type { CorrelatedContext, Database } from '@baeumteo/server';
import type { tables } from './db/schema.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { citiesRepo } from './repo/cities.ts';

export interface Context extends CorrelatedContext {
  repo: { cities: ReturnType<typeof citiesRepo> };
  loaders: Loaders;
}

export function createContext(database: Database<typeof tables>, correlationId: string): Context {
  const repo = { cities: citiesRepo(database.db) };
  return { correlationId, repo, loaders: createLoaders(repo) };
}
