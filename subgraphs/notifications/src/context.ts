// Per-request context of the notifications subgraph.
import type { Locale } from '@baeumteo/contracts';
import type { Database, RequestContext } from '@baeumteo/server';
import type { ContactRow, tables } from './db/schema.ts';
import { centreRepo } from './repo/centre.ts';
import { deliveriesRepo } from './repo/deliveries.ts';
import { preferencesRepo } from './repo/preferences.ts';
import { reachRepo } from './repo/reach.ts';
import type { SiteLinks } from './rules/sites.ts';

export interface Context extends RequestContext {
  repo: {
    centre: ReturnType<typeof centreRepo>;
    deliveries: ReturnType<typeof deliveriesRepo>;
    preferences: ReturnType<typeof preferencesRepo>;
    reach: ReturnType<typeof reachRepo>;
  };
  links: SiteLinks;
  /** The learner as their messages address them (name, and the language they read them in), read once per request. */
  readerOf(learnerId: string): Promise<Reader>;
}

export interface Reader {
  name: string;
  locale: Locale;
}

export function createContext(
  database: Database<typeof tables>,
  request: RequestContext,
  links: SiteLinks,
): Context {
  const repo = {
    centre: centreRepo(database.db),
    deliveries: deliveriesRepo(database.db),
    preferences: preferencesRepo(database.db),
    reach: reachRepo(database.db),
  };
  const readers = new Map<string, Promise<Reader>>();
  const readerOf = (learnerId: string) => {
    let reader = readers.get(learnerId);
    if (!reader) {
      reader = Promise.all([repo.centre.contactOf(learnerId), repo.preferences.of(learnerId)]).then(
        ([contact, choices]) => readerFrom(contact, choices?.locale ?? null),
      );
      readers.set(learnerId, reader);
    }
    return reader;
  };
  return { ...request, repo, links, readerOf };
}

/** Korean until learners has sent the contact; the chosen language over the account's. */
function readerFrom(contact: ContactRow | undefined, chosen: Locale | null): Reader {
  return { name: contact?.name ?? '', locale: chosen ?? contact?.locale ?? 'KO' };
}
