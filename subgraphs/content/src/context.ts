// Per-request context of the content subgraph.
import type { Database, RequestContext } from '@baeumteo/server';
import type { tables } from './db/schema.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { contentsRepo } from './repo/contents.ts';
import { featuredRepo } from './repo/featured.ts';
import { liveRepo } from './repo/live.ts';
import { liveRemindersRepo } from './repo/liveReminders.ts';
import { pathsRepo } from './repo/paths.ts';
import { progressRepo } from './repo/progress.ts';

export interface Repos {
  contents: ReturnType<typeof contentsRepo>;
  paths: ReturnType<typeof pathsRepo>;
  progress: ReturnType<typeof progressRepo>;
  live: ReturnType<typeof liveRepo>;
  liveReminders: ReturnType<typeof liveRemindersRepo>;
  featured: ReturnType<typeof featuredRepo>;
}

export interface ContentSettings {
  /** The video provider's join address, with {room} and {participant}. */
  liveJoinUrl: string;
}

export interface Context extends RequestContext {
  repo: Repos;
  loaders: Loaders;
  settings: ContentSettings;
}

export function reposOf(database: Database<typeof tables>): Repos {
  return {
    contents: contentsRepo(database.db),
    paths: pathsRepo(database.db),
    progress: progressRepo(database.db),
    live: liveRepo(database.db),
    liveReminders: liveRemindersRepo(database.db),
    featured: featuredRepo(database.db),
  };
}

export function createContext(
  database: Database<typeof tables>,
  request: RequestContext,
  settings: ContentSettings,
): Context {
  const repo = reposOf(database);
  return { ...request, repo, loaders: createLoaders(repo, request.caller?.id ?? null), settings };
}
