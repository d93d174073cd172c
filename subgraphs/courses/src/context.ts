// Per-request context of the courses subgraph.
import type { Database, RequestContext } from '@baeumteo/server';
import type { tables } from './db/schema.ts';
import type { ContentClient } from './http/contentClient.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { accessLogRepo } from './repo/accessLog.ts';
import { courseChangesRepo } from './repo/courseChanges.ts';
import { courseMessagesRepo } from './repo/courseMessages.ts';
import { coursesRepo } from './repo/courses.ts';
import { enrollmentsRepo } from './repo/enrollments.ts';
import { sessionsRepo } from './repo/sessions.ts';
import { venuesRepo } from './repo/venues.ts';
import { draftCitiesVisibleTo, readScopeOf } from './rules/access.ts';
import type { CoursesAccessAction } from './rules/accessLog.ts';

export interface Repos {
  accessLog: ReturnType<typeof accessLogRepo>;
  courses: ReturnType<typeof coursesRepo>;
  courseChanges: ReturnType<typeof courseChangesRepo>;
  courseMessages: ReturnType<typeof courseMessagesRepo>;
  venues: ReturnType<typeof venuesRepo>;
  sessions: ReturnType<typeof sessionsRepo>;
  enrollments: ReturnType<typeof enrollmentsRepo>;
}

export interface Context extends RequestContext {
  repo: Repos;
  loaders: Loaders;
  content: ContentClient;
  /** Records that the caller read or decided on these learners' applications (nothing for their own). */
  logAccess(
    action: CoursesAccessAction,
    course: { id: string; cityId: string } | null,
    learnerIds: readonly string[],
  ): Promise<void>;
}

export function createContext(
  database: Database<typeof tables>,
  request: RequestContext,
  content: ContentClient,
): Context {
  const db = database.db;
  const repo: Repos = {
    accessLog: accessLogRepo(db),
    courses: coursesRepo(db, draftCitiesVisibleTo(request.caller)),
    courseChanges: courseChangesRepo(db),
    courseMessages: courseMessagesRepo(db),
    venues: venuesRepo(db),
    sessions: sessionsRepo(db),
    enrollments: enrollmentsRepo(db, readScopeOf(request.caller)),
  };
  const logAccess: Context['logAccess'] = (action, course, learnerIds) =>
    repo.accessLog.record(request, action, course, learnerIds);
  return { ...request, repo, loaders: createLoaders(repo, request.caller?.id ?? null), content, logAccess };
}
