// The only file of the courses subgraph that reads process.env: parsed and validated once.
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
      ...storageEnv('courses'),
      [services.courses.portVariable]: port(services.courses.port),
      /** Where the outbox relay delivers learning events (history's /events). */
      HISTORY_EVENTS_URL: httpUrl.default(new URL(eventsEndpoint.path, defaultGraphqlUrl('history')).href),
      /** The content subgraph, which courses asks which learners finished an online course's contents. */
      [services.content.urlVariable]: httpUrl.default(defaultGraphqlUrl('content')),
    }),
    process.env,
  );

  return {
    ...serviceEnvOf(vars, vars[services.courses.portVariable]),
    ...storageEnvOf(vars, 'courses'),
    /** The gateway's public keys: it alone calls the subgraph. */
    trust: publicKeysOf(process.env, ['gateway'], productionOf(vars)),
    /** Its own key: signs its event deliveries and its questions to content. */
    keys: privateKeysOf(process.env, ['courses'], productionOf(vars)),
    historyEventsUrl: vars.HISTORY_EVENTS_URL,
    contentUrl: vars[services.content.urlVariable],
  };
});
