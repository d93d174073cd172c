// Per-request context of the history subgraph.
import type { Database, RequestContext } from '@baeumteo/server';
import type { tables } from './db/schema.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { accessLogRepo } from './repo/accessLog.ts';
import { certificatesRepo } from './repo/certificates.ts';
import { recordsRepo } from './repo/records.ts';
import { statsRepo } from './repo/stats.ts';

export interface Repos {
  accessLog: ReturnType<typeof accessLogRepo>;
  certificates: ReturnType<typeof certificatesRepo>;
  records: ReturnType<typeof recordsRepo>;
  stats: ReturnType<typeof statsRepo>;
}

/** Addresses history prints: where certificates are verified publicly. */
export interface Links {
  /** The public verification page of a certificate (what its QR code holds), with its code when given. */
  verificationUrl: (certificate: { number: string; cityId: string }, code: string | null) => string;
}

export interface Context extends RequestContext {
  repo: Repos;
  loaders: Loaders;
  links: Links;
  /** Records that the caller read or changed someone else's history (nothing for their own). */
  logAccess(subjectId: string, action: string): Promise<void>;
}

export function reposOf(database: Database<typeof tables>): Repos {
  return {
    accessLog: accessLogRepo(database.db),
    certificates: certificatesRepo(database.db),
    records: recordsRepo(database.db),
    stats: statsRepo(database.db),
  };
}

export function createContext(
  database: Database<typeof tables>,
  request: RequestContext,
  links: Links,
): Context {
  const repo = reposOf(database);
  const logAccess = (subjectId: string, action: string) => repo.accessLog.record(request, subjectId, action);
  return { ...request, repo, loaders: createLoaders(repo), links, logAccess };
}
