// The only file of the history subgraph that reads process.env: parsed and validated once.
import { services } from '@baeumteo/contracts';
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
      ...storageEnv('history'),
      [services.history.portVariable]: port(services.history.port),
      /** The public verification page: {number} and {code} are replaced (no {code}: it is added as ?code=). */
      CERTIFICATE_VERIFY_URL: httpUrl.and(z.string().includes('{number}')).optional(),
    }),
    process.env,
  );

  return {
    ...serviceEnvOf(vars, vars[services.history.portVariable]),
    ...storageEnvOf(vars, 'history'),
    /** Who may call it: the gateway, and the producers of learning events (its /events). */
    trust: publicKeysOf(process.env, ['gateway', 'courses', 'content', 'learners'], productionOf(vars)),
    /** Its own key: the credential key signs certificates. */
    keys: privateKeysOf(process.env, ['credential'], productionOf(vars)),
    verificationUrl: vars.CERTIFICATE_VERIFY_URL,
  };
});
