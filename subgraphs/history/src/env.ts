// The only file of the history subgraph that reads process.env.
import { services } from '@baeumteo/contracts';
import { readServiceEnv, signingKeysOf } from '@baeumteo/server';

export const env = {
  ...readServiceEnv(process.env, {
    portVariable: services.history.portVariable,
    defaultPort: services.history.port,
  }),
  keys: signingKeysOf(process.env),
  /** The public verification page; {number} is replaced by the certificate number. */
  verificationUrl: process.env.CERTIFICATE_VERIFY_URL || undefined,
};
