// The only file of the content subgraph that reads process.env.
import { defaultGraphqlUrl, eventsEndpoint, services } from '@baeumteo/contracts';
import { readServiceEnv } from '@baeumteo/server';

export const env = {
  ...readServiceEnv(process.env, {
    portVariable: services.content.portVariable,
    defaultPort: services.content.port,
  }),
  /** Where the outbox relay delivers learning events (history's /events). */
  historyEventsUrl:
    process.env.HISTORY_EVENTS_URL || new URL(eventsEndpoint.path, defaultGraphqlUrl('history')).href,
  /** The video provider's join address, with {room} and {participant}. */
  liveJoinUrl: process.env.LIVE_JOIN_URL || undefined,
};
