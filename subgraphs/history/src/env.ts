// The only file of the history subgraph that reads process.env: parsed and validated once.
import { services } from '@baeumteo/contracts';
import { httpUrl, loadEnv, parseSubgraphEnv } from '@baeumteo/server';
import { z } from 'zod';

export const env = loadEnv(() => {
  const { service, vars } = parseSubgraphEnv(process.env, {
    name: 'history',
    port: services.history,
    /** The credential key signs certificates. */
    keys: ['credential'],
    /** The gateway, and the producers of learning events (its /events). */
    trust: ['gateway', 'courses', 'content', 'learners'],
    extra: {
      /** The public verification page: {number} and {code} are replaced (no {code}: it is added as ?code=). */
      CERTIFICATE_VERIFY_URL: httpUrl.and(z.string().includes('{number}')).optional(),
    },
  });
  return { ...service, verificationUrl: vars.CERTIFICATE_VERIFY_URL };
});
