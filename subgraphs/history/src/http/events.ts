// POST /events (behind the gateway secret): the producers' relays deliver the event stream here.
import { endpointHandler, eventsEndpoint } from '@baeumteo/contracts';
import type { Database, SigningKey } from '@baeumteo/server';
import type { tables } from '../db/schema.ts';
import { ingestEvents } from '../operations/ingest.ts';

export const eventsHandler = (database: Database<typeof tables>, credentialKey: SigningKey) =>
  endpointHandler(eventsEndpoint, ({ source, events }) =>
    ingestEvents(database, credentialKey, source, events),
  );
