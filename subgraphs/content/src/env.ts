// The only file of the content subgraph that reads process.env: parsed and validated once.
import { defaultHistoryEventsUrl, services } from '@baeumteo/contracts';
import { httpUrl, loadEnv, parseSubgraphEnv } from '@baeumteo/server';

export const env = loadEnv(() => {
  const { service, vars } = parseSubgraphEnv(process.env, {
    name: 'content',
    port: services.content,
    /** Its own key signs its event deliveries. */
    keys: ['content'],
    /** The gateway, and courses (its /finished-contents). */
    trust: ['gateway', 'courses'],
    extra: {
      /** Where the outbox relay delivers learning events (history's /events). */
      HISTORY_EVENTS_URL: httpUrl.default(defaultHistoryEventsUrl),
      /** The video provider's join address, with {room} and {participant}. */
      LIVE_JOIN_URL: httpUrl.optional(),
    },
  });
  return { ...service, historyEventsUrl: vars.HISTORY_EVENTS_URL, liveJoinUrl: vars.LIVE_JOIN_URL };
});
