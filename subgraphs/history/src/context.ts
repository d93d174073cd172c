// Per-request context of the history subgraph.
import type { Database, RequestContext } from '@baeumteo/server';
import type { tables } from './db/schema.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { certificatesRepo } from './repo/certificates.ts';
import { recordsRepo } from './repo/records.ts';
import { statsRepo } from './repo/stats.ts';

export interface Repos {
  certificates: ReturnType<typeof certificatesRepo>;
  records: ReturnType<typeof recordsRepo>;
  stats: ReturnType<typeof statsRepo>;
}

/** Addresses history prints: where certificates are verified publicly. */
export interface Links {
  /** The public verification page of a certificate number (what its QR code holds). */
  verificationUrl: (number: string) => string;
}

export interface Context extends RequestContext {
  repo: Repos;
  loaders: Loaders;
  links: Links;
}

export function createContext(
  database: Database<typeof tables>,
  request: RequestContext,
  links: Links,
): Context {
  const repo: Repos = {
    certificates: certificatesRepo(database.db),
    records: recordsRepo(database.db),
    stats: statsRepo(database.db),
  };
  return { ...request, repo, loaders: createLoaders(repo), links };
}
