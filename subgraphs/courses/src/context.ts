// Per-request context of the courses subgraph.
import type { Database, RequestContext } from '@baeumteo/server';
import type { tables } from './db/schema.ts';
import type { ContentClient } from './http/contentClient.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { coursesRepo } from './repo/courses.ts';
import { enrollmentsRepo } from './repo/enrollments.ts';
import { sessionsRepo } from './repo/sessions.ts';
import { venuesRepo } from './repo/venues.ts';
import { draftCitiesVisibleTo } from './rules/access.ts';

export interface Repos {
  courses: ReturnType<typeof coursesRepo>;
  venues: ReturnType<typeof venuesRepo>;
  sessions: ReturnType<typeof sessionsRepo>;
  enrollments: ReturnType<typeof enrollmentsRepo>;
}

export interface Context extends RequestContext {
  repo: Repos;
  loaders: Loaders;
  content: ContentClient;
}

export function createContext(
  database: Database<typeof tables>,
  request: RequestContext,
  content: ContentClient,
): Context {
  const db = database.db;
  const repo: Repos = {
    courses: coursesRepo(db, draftCitiesVisibleTo(request.caller)),
    venues: venuesRepo(db),
    sessions: sessionsRepo(db),
    enrollments: enrollmentsRepo(db),
  };
  return { ...request, repo, loaders: createLoaders(repo, request.caller?.id ?? null), content };
}
