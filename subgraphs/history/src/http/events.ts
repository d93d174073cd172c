// POST /events: the producers' relays deliver the event stream here, each batch signed by its
// producer (only courses, content and learners may call it). The batch's source must be the
// producer that signed it; each event's verb must be that producer's (ingestEvents).
import { EndpointRefusal, endpointHandler, eventsEndpoint } from '@baeumteo/contracts';
import type { Database } from '@baeumteo/server';
import type { tables } from '../db/schema.ts';
import type { Issuer } from '../operations/certify.ts';
import { ingestEvents } from '../operations/ingest.ts';

export const eventsHandler = (database: Database<typeof tables>, issuer: Issuer) =>
  endpointHandler(eventsEndpoint, ({ source, events }, from) => {
    if (source !== from)
      throw new EndpointRefusal(403, `the batch says it comes from ${source}, but ${from} signed it`);
    return ingestEvents(database, issuer, from, events);
  });
