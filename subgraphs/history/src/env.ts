// The only file of the history subgraph that reads process.env: parsed and validated once.
import { defaultNoticesUrl, services } from '@baeumteo/contracts';
import { httpUrl, loadEnv, parseSubgraphEnv } from '@baeumteo/server';
import { z } from 'zod';

export const env = loadEnv(() => {
  const { service, vars } = parseSubgraphEnv(process.env, {
    name: 'history',
    port: services.history,
    /** The credential key signs certificates; its own key, its notices to notifications. */
    keys: ['credential', 'history'],
    /** The gateway, and the producers of learning events (its /events). */
    trust: ['gateway', 'courses', 'content', 'learners'],
    extra: {
      /**
       * The public verification page: {number}, {code} and {city} (the issuing city's id) are
       * replaced (no {code}: it is added as ?code=).
       */
      CERTIFICATE_VERIFY_URL: httpUrl.and(z.string().includes('{number}')).optional(),
      /** Where the notice relay tells holders of their certificates (notifications' /notices). */
      NOTIFICATIONS_NOTICES_URL: httpUrl.default(defaultNoticesUrl),
    },
  });
  return {
    ...service,
    verificationUrl: vars.CERTIFICATE_VERIFY_URL,
    noticesUrl: vars.NOTIFICATIONS_NOTICES_URL,
  };
});
