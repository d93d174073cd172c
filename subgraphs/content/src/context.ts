// Per-request context of the content subgraph.
import type { CorrelatedContext, Database } from '@baeumteo/server';
import type { tables } from './db/schema.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { contentsRepo } from './repo/contents.ts';
import { pathsRepo } from './repo/paths.ts';

export interface Repos {
  contents: ReturnType<typeof contentsRepo>;
  paths: ReturnType<typeof pathsRepo>;
}

export interface Context extends CorrelatedContext {
  repo: Repos;
  loaders: Loaders;
}

export function createContext(database: Database<typeof tables>, correlationId: string): Context {
  const repo: Repos = { contents: contentsRepo(database.db), paths: pathsRepo(database.db) };
  return { correlationId, repo, loaders: createLoaders(repo) };
}
