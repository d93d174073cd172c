// The only file of the courses subgraph that reads process.env.
import { defaultGraphqlUrl, eventsEndpoint, services } from '@baeumteo/contracts';
import { readServiceEnv } from '@baeumteo/server';

export const env = {
  ...readServiceEnv(process.env, {
    portVariable: services.courses.portVariable,
    defaultPort: services.courses.port,
  }),
  /** Where the outbox relay delivers learning events (history's /events). */
  historyEventsUrl:
    process.env.HISTORY_EVENTS_URL || new URL(eventsEndpoint.path, defaultGraphqlUrl('history')).href,
  /** The content subgraph, which courses asks which learners finished an online course's contents. */
  contentUrl: process.env[services.content.urlVariable] || defaultGraphqlUrl('content'),
};
