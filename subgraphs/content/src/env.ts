// The only file of the content subgraph that reads process.env: parsed and validated once.
import { defaultHistoryEventsUrl, defaultNoticesUrl, services } from '@baeumteo/contracts';
import { httpUrl, loadEnv, parseSubgraphEnv } from '@baeumteo/server';
import { z } from 'zod';

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
      /** Where the notice relay delivers live class reminders (notifications' /notices). */
      NOTIFICATIONS_NOTICES_URL: httpUrl.default(defaultNoticesUrl),
      /**
       * The city sites' address, {city} replaced by the host city: where reminders link to. A
       * template rather than a URL (its host may hold {city}), read as notifications reads it.
       */
      NOTIFY_SITE_URL: z.string().startsWith('http').optional(),
      /** The video provider's join address, with {room} and {participant}. */
      LIVE_JOIN_URL: httpUrl.optional(),
    },
  });
  return {
    ...service,
    historyEventsUrl: vars.HISTORY_EVENTS_URL,
    noticesUrl: vars.NOTIFICATIONS_NOTICES_URL,
    siteUrl: vars.NOTIFY_SITE_URL,
    liveJoinUrl: vars.LIVE_JOIN_URL,
  };
});
