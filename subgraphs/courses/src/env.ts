// The only file of the courses subgraph that reads process.env: parsed and validated once.
import { defaultGraphqlUrl, defaultHistoryEventsUrl, defaultNoticesUrl, services } from '@baeumteo/contracts';
import { httpUrl, loadEnv, parseSubgraphEnv } from '@baeumteo/server';

export const env = loadEnv(() => {
  const { service, vars } = parseSubgraphEnv(process.env, {
    name: 'courses',
    port: services.courses,
    /** Its own key signs its event deliveries and its questions to content. */
    keys: ['courses'],
    /** The gateway alone calls it. */
    trust: ['gateway'],
    extra: {
      /** Where the outbox relay delivers learning events (history's /events). */
      HISTORY_EVENTS_URL: httpUrl.default(defaultHistoryEventsUrl),
      /** Where the notice relay delivers what learners are told (notifications' /notices). */
      NOTIFICATIONS_NOTICES_URL: httpUrl.default(defaultNoticesUrl),
      /** The content subgraph, which courses asks which learners finished an online course's contents. */
      CONTENT_URL: httpUrl.default(defaultGraphqlUrl('content')),
    },
  });
  return {
    ...service,
    historyEventsUrl: vars.HISTORY_EVENTS_URL,
    noticesUrl: vars.NOTIFICATIONS_NOTICES_URL,
    contentUrl: vars.CONTENT_URL,
  };
});
