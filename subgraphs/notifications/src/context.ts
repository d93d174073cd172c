// Per-request context of the notifications subgraph.
import type { Database, RequestContext } from '@baeumteo/server';
import type { ContactRow, tables } from './db/schema.ts';
import { centreRepo } from './repo/centre.ts';
import { deliveriesRepo } from './repo/deliveries.ts';
import type { SiteLinks } from './rules/sites.ts';

export interface Context extends RequestContext {
  repo: { centre: ReturnType<typeof centreRepo>; deliveries: ReturnType<typeof deliveriesRepo> };
  links: SiteLinks;
  /** The learner's contact (their name and language), read once per request. */
  contactOf(learnerId: string): Promise<ContactRow | undefined>;
}

export function createContext(
  database: Database<typeof tables>,
  request: RequestContext,
  links: SiteLinks,
): Context {
  const repo = { centre: centreRepo(database.db), deliveries: deliveriesRepo(database.db) };
  const contacts = new Map<string, Promise<ContactRow | undefined>>();
  const contactOf = (learnerId: string) => {
    let contact = contacts.get(learnerId);
    if (!contact) {
      contact = repo.centre.contactOf(learnerId);
      contacts.set(learnerId, contact);
    }
    return contact;
  };
  return { ...request, repo, links, contactOf };
}
