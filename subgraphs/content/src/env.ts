// The only file of the content subgraph that reads process.env: parsed and validated once.
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

export const env = loadEnv(() => {
  const vars = parseEnv(
    commonEnv.extend({
      ...databaseUrlVar,
      /** The service's database login and timeouts, outbox and access-log retention (storageEnv.ts). */
      ...storageEnv('content'),
      [services.content.portVariable]: port(services.content.port),
      /** Where the outbox relay delivers learning events (history's /events). */
      HISTORY_EVENTS_URL: httpUrl.default(new URL(eventsEndpoint.path, defaultGraphqlUrl('history')).href),
      /** The video provider's join address, with {room} and {participant}. */
      LIVE_JOIN_URL: httpUrl.optional(),
    }),
    process.env,
  );

  return {
    ...serviceEnvOf(vars, vars[services.content.portVariable]),
    ...storageEnvOf(vars, 'content'),
    /** Who may call it: the gateway, and courses (its /finished-contents). */
    trust: publicKeysOf(process.env, ['gateway', 'courses'], productionOf(vars)),
    /** Its own key: signs its event deliveries. */
    keys: privateKeysOf(process.env, ['content'], productionOf(vars)),
    historyEventsUrl: vars.HISTORY_EVENTS_URL,
    liveJoinUrl: vars.LIVE_JOIN_URL,
  };
});
