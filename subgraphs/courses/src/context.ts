// Per-request context of the courses subgraph.
import type { CorrelatedContext, Database } from '@baeumteo/server';
import type { tables } from './db/schema.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { coursesRepo } from './repo/courses.ts';
import { sessionsRepo } from './repo/sessions.ts';
import { venuesRepo } from './repo/venues.ts';

export interface Repos {
  courses: ReturnType<typeof coursesRepo>;
  venues: ReturnType<typeof venuesRepo>;
  sessions: ReturnType<typeof sessionsRepo>;
}

export interface Context extends CorrelatedContext {
  repo: Repos;
  loaders: Loaders;
}

export function createContext(database: Database<typeof tables>, correlationId: string): Context {
  const db = database.db;
  const repo: Repos = { courses: coursesRepo(db), venues: venuesRepo(db), sessions: sessionsRepo(db) };
  return { correlationId, repo, loaders: createLoaders(repo) };
}
