// The only file of the learners subgraph that reads process.env.
import { defaultGraphqlUrl, eventsEndpoint, services } from '@baeumteo/contracts';
import { readServiceEnv, signingKeysOf } from '@baeumteo/server';

const { BAEUMTEO_ADMIN_EMAIL: adminEmail, BAEUMTEO_ADMIN_PASSWORD: adminPassword } = process.env;

export const env = {
  ...readServiceEnv(process.env, {
    portVariable: services.learners.portVariable,
    defaultPort: services.learners.port,
  }),
  /** Where the outbox relay delivers MOVED and PROFILE events (history's /events). */
  historyEventsUrl:
    process.env.HISTORY_EVENTS_URL || new URL(eventsEndpoint.path, defaultGraphqlUrl('history')).href,
  keys: signingKeysOf(process.env),
  admin: adminEmail && adminPassword ? { email: adminEmail, password: adminPassword } : undefined,
};
