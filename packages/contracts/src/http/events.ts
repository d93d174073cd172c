// POST /events on history: producers' relays deliver batches of stream events. The envelope is
// checked here; each event is checked on its own by history (parseStreamEvent), so one bad event
// becomes a dead letter instead of blocking its batch.
import { z } from 'zod';
import { type ClientOptions, defineEndpoint, endpointClient } from './endpoint.ts';

export const eventsEndpoint = defineEndpoint({
  owner: 'history',
  method: 'POST',
  path: '/events',
  request: z.object({
    /** The producing service, recorded as the records' source. */
    source: z.string().min(1).max(40),
    events: z.array(z.unknown()).max(1000),
  }),
  response: z.object({
    stored: z.number().int(),
    duplicates: z.number().int(),
    profiles: z.number().int(),
    certified: z.number().int(),
    /** Why each refused event was refused, in order. */
    rejected: z.array(z.string()),
  }),
});

/**
 * What a producer's outbox relay delivers with: POSTs one batch to history's /events as `source`.
 * `url` is history's /events (HISTORY_EVENTS_URL).
 */
export function deliverEvents(source: 'courses' | 'content' | 'learners', options: ClientOptions) {
  const post = endpointClient(eventsEndpoint, options);
  return async (events: unknown[]): Promise<void> => {
    await post({ source, events });
  };
}

export type EventsResponse = z.input<typeof eventsEndpoint.response>;
