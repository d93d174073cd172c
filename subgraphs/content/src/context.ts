// Per-request context of the content subgraph.
import type { Database, RequestContext } from '@baeumteo/server';
import type { tables } from './db/schema.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { contentsRepo } from './repo/contents.ts';
import { pathsRepo } from './repo/paths.ts';

export interface Repos {
  contents: ReturnType<typeof contentsRepo>;
  paths: ReturnType<typeof pathsRepo>;
}

export interface Context extends RequestContext {
  repo: Repos;
  loaders: Loaders;
}

export function createContext(database: Database<typeof tables>, request: RequestContext): Context {
  const repo: Repos = { contents: contentsRepo(database.db), paths: pathsRepo(database.db) };
  return { ...request, repo, loaders: createLoaders(repo) };
}
