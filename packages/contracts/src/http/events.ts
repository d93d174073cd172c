// POST /events on history: producers' relays deliver batches of stream events, each batch signed
// by its producer. The envelope is checked here; each event is checked on its own by history
// (parseStreamEvent, and its verb's owner), so one bad event becomes a dead letter instead of
// blocking its batch.
import { z } from 'zod';
import type { EventProducer } from '../events/stream.ts';
import { defaultGraphqlUrl } from '../services.ts';
import { type ClientOptions, defineEndpoint, endpointClient } from './endpoint.ts';

/** Every service that produces learning events (each verb's owner in eventOwners). */
export const eventProducers = ['courses', 'content', 'learners'] as const satisfies readonly EventProducer[];

export const eventsEndpoint = defineEndpoint({
  owner: 'history',
  callers: eventProducers,
  method: 'POST',
  path: '/events',
  request: z.object({
    /** The producing service, recorded as the records' source: the one that signed the batch. */
    source: z.enum(eventProducers),
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
 * What a producer's outbox relay delivers with: POSTs one batch to history's /events, signed by
 * the producer, as its source. `url` is history's /events (HISTORY_EVENTS_URL).
 */
export function deliverEvents(options: ClientOptions<EventProducer>) {
  const post = endpointClient(eventsEndpoint, options);
  return async (events: unknown[]): Promise<void> => {
    await post({ source: options.signer.issuer, events });
  };
}

export type EventsResponse = z.input<typeof eventsEndpoint.response>;

/** Where producers deliver by default: history's /events on this machine (HISTORY_EVENTS_URL). */
export const defaultHistoryEventsUrl = new URL(eventsEndpoint.path, defaultGraphqlUrl('history')).href;
