// The only file of the learners subgraph that reads process.env: parsed and validated once.
import { defaultGraphqlUrl, eventsEndpoint, services } from '@baeumteo/contracts';
import {
  commonEnv,
  databaseUrlVar,
  httpUrl,
  loadEnv,
  parseEnv,
  port,
  privateKeysOf,
  productionOf,
  publicKeysOf,
  serviceEnvOf,
  storageEnv,
  storageEnvOf,
} from '@baeumteo/server';
import { z } from 'zod';

export const env = loadEnv(() => {
  const vars = parseEnv(
    commonEnv.extend({
      ...databaseUrlVar,
      /** The service's database login and timeouts, outbox and access-log retention (storageEnv.ts). */
      ...storageEnv('learners'),
      [services.learners.portVariable]: port(services.learners.port),
      /** Where the outbox relay delivers MOVED and PROFILE events (history's /events). */
      HISTORY_EVENTS_URL: httpUrl.default(new URL(eventsEndpoint.path, defaultGraphqlUrl('history')).href),
      /** The province admin that exists from the first start (both or neither). */
      BAEUMTEO_ADMIN_EMAIL: z.email().optional(),
      BAEUMTEO_ADMIN_PASSWORD: z.string().min(10).optional(),
      /** How long a sign-in session lasts, however often it is refreshed. */
      BAEUMTEO_SESSION_DAYS: z.coerce.number().positive().max(365).default(30),
    }),
    process.env,
  );

  const { BAEUMTEO_ADMIN_EMAIL: adminEmail, BAEUMTEO_ADMIN_PASSWORD: adminPassword } = vars;

  return {
    ...serviceEnvOf(vars, vars[services.learners.portVariable]),
    ...storageEnvOf(vars, 'learners'),
    /** The gateway's public keys: it alone calls the subgraph (and the session check). */
    trust: publicKeysOf(process.env, ['gateway'], productionOf(vars)),
    historyEventsUrl: vars.HISTORY_EVENTS_URL,
    sessionLifetimeDays: vars.BAEUMTEO_SESSION_DAYS,
    keys: privateKeysOf(process.env, ['token', 'learners'], productionOf(vars)),
    admin: adminEmail && adminPassword ? { email: adminEmail, password: adminPassword } : undefined,
  };
});
