// Per-request context of the learners subgraph.
import { actingRole, type Database, type RequestContext, type SigningKey } from '@baeumteo/server';
import type { tables } from './db/schema.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { accessLogRepo } from './repo/accessLog.ts';
import { accountsRepo, type LogEntry } from './repo/accounts.ts';
import { citiesRepo } from './repo/cities.ts';
import { rolesRepo } from './repo/roles.ts';
import { sessionsRepo } from './repo/sessions.ts';
import { signInThrottleRepo } from './repo/signInThrottle.ts';

export interface Repos {
  cities: ReturnType<typeof citiesRepo>;
  accounts: ReturnType<typeof accountsRepo>;
  roles: ReturnType<typeof rolesRepo>;
  throttle: ReturnType<typeof signInThrottleRepo>;
  sessions: ReturnType<typeof sessionsRepo>;
  accessLog: ReturnType<typeof accessLogRepo>;
}

export interface Context extends RequestContext {
  repo: Repos;
  loaders: Loaders;
  keys: { token: SigningKey };
  /** How long a session lasts from sign-in. */
  sessionLifetimeDays: number;
  /** Who is acting, as the access log records it. */
  actor(subjectId: string): Omit<LogEntry, 'subjectId' | 'action'>;
  /** Logs that the caller read someone's personal data (batched per request). */
  logRead(subjectId: string, action: string): Promise<void>;
}

export function createContext(
  database: Database<typeof tables>,
  request: RequestContext,
  settings: { keys: { token: SigningKey }; sessionLifetimeDays: number },
): Context {
  const db = database.db;
  const repo: Repos = {
    cities: citiesRepo(db),
    accounts: accountsRepo(db),
    roles: rolesRepo(db),
    throttle: signInThrottleRepo(db),
    sessions: sessionsRepo(db),
    accessLog: accessLogRepo(db),
  };
  const reads = repo.accessLog.batchedAppender();
  const actor = (subjectId: string) => ({
    actorId: request.caller?.id ?? null,
    actorRole: actingRole(request.caller, subjectId),
    ip: request.ip,
    correlationId: request.correlationId,
  });
  return {
    ...request,
    repo,
    loaders: createLoaders(repo),
    keys: settings.keys,
    sessionLifetimeDays: settings.sessionLifetimeDays,
    actor,
    logRead: async (subjectId, action) => {
      await reads.load({ ...actor(subjectId), subjectId, action });
    },
  };
}
