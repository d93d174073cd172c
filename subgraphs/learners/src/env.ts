// The only file of the learners subgraph that reads process.env: parsed and validated once.
import { defaultHistoryEventsUrl, defaultNoticesUrl, services } from '@baeumteo/contracts';
import { httpUrl, loadEnv, parseSubgraphEnv } from '@baeumteo/server';
import { z } from 'zod';

export const env = loadEnv(() => {
  const { service, vars } = parseSubgraphEnv(process.env, {
    name: 'learners',
    port: services.learners,
    /** The token key signs access tokens; its own key its event deliveries. */
    keys: ['token', 'learners'],
    /** The gateway alone calls it (GraphQL and the session check). */
    trust: ['gateway'],
    extra: {
      /** Where the outbox relay delivers MOVED and PROFILE events (history's /events). */
      HISTORY_EVENTS_URL: httpUrl.default(defaultHistoryEventsUrl),
      /** Where the notice relay delivers contacts and account messages (notifications' /notices). */
      NOTIFICATIONS_NOTICES_URL: httpUrl.default(defaultNoticesUrl),
      /** The province admin that exists from the first start (both or neither). */
      BAEUMTEO_ADMIN_EMAIL: z.email().optional(),
      BAEUMTEO_ADMIN_PASSWORD: z.string().min(10).optional(),
      /** How long a sign-in session lasts, however often it is refreshed. */
      BAEUMTEO_SESSION_DAYS: z.coerce.number().positive().max(365).default(30),
    },
  });
  const { BAEUMTEO_ADMIN_EMAIL: adminEmail, BAEUMTEO_ADMIN_PASSWORD: adminPassword } = vars;
  return {
    ...service,
    historyEventsUrl: vars.HISTORY_EVENTS_URL,
    noticesUrl: vars.NOTIFICATIONS_NOTICES_URL,
    sessionLifetimeDays: vars.BAEUMTEO_SESSION_DAYS,
    admin: adminEmail && adminPassword ? { email: adminEmail, password: adminPassword } : undefined,
  };
});
